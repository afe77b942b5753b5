package vn.gov.cchc.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one integration-test setup: the whole application, served on a random port, with the demo users, against
 * the shared embedded MariaDB of this test JVM (migrated from empty by Flyway on first use), and a clock tests can
 * stop ({@link TestClock}). Every test class uses the same setup, so Spring builds the context once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {
}
