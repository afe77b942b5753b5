package vn.gov.cchc.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.security.Role;

/** No UI text without a translation: Vietnamese and English have the same keys, and every key the code uses exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Exception|success|error)\\(\\s*(?:[a-zA-Z_.]+,\\s*)?\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\""
                    + "|title = \"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    @Test
    void vietnamese_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties vi = load("translations_vi.properties");
        Properties en = load("translations_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
        vi.forEach((key, value) -> assertThat(value.toString()).as("vi " + key).isNotBlank());
        en.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }

    @Test
    void every_key_used_in_the_code_has_a_vietnamese_text() throws IOException {
        Set<String> defined = load("translations_vi.properties").stringPropertyNames();
        Set<String> used = keysUsedInCode();
        for (Role role : Role.values()) {
            used.add(role.messageKey());
            used.add("home.role." + role.name());
        }
        for (AgencyKind kind : AgencyKind.values()) {
            used.add(kind.messageKey());
        }
        for (AgencyGroup group : AgencyGroup.values()) {
            used.add(group.messageKey());
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(defined).containsAll(used);
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
