package vn.gov.cchc.portal.task.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.ScaleDataProperties;
import vn.gov.cchc.portal.task.ScaleDataService;

/**
 * {@code --portal.scale.tasks=N}: adds N generated tasks at start (see README, "Scale data"), then the portal runs
 * as usual.
 */
@Component
@ConditionalOnProperty("portal.scale.tasks")
@Order(100)
class ScaleDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataRunner.class);

    private final ScaleDataService scaleData;
    private final ScaleDataProperties properties;

    ScaleDataRunner(ScaleDataService scaleData, ScaleDataProperties properties) {
        this.scaleData = scaleData;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int created = SystemAuthentication.callAsSystem(() -> scaleData.generate(properties.tasks(), properties.seed()));
        log.info("Scale data: {} tasks generated in {} s", created, (System.nanoTime() - started) / 1_000_000_000);
    }
}
