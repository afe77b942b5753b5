package vn.gov.cchc.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The agencies the registry's seed migration inserts, by code, read from the migration itself: other test classes
 * add agencies to the shared database, and a test that counts the registry tells them apart by this list.
 */
public final class SeedAgencies {

    private static final Pattern ROW = Pattern.compile("^\\s+\\('([a-z0-9-]+)', ", Pattern.MULTILINE);

    private SeedAgencies() {
    }

    public static List<String> codes() {
        try {
            String seed = new String(new ClassPathResource("db/migration/V3__seed_agencies.sql").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            return ROW.matcher(seed).results().map(match -> match.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
