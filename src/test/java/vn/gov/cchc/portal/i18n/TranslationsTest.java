package vn.gov.cchc.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
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
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

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
        // with arguments the text goes through MessageFormat, where a lone apostrophe swallows the rest
        en.forEach((key, value) -> assertThat(!value.toString().contains("{0}") || !value.toString().matches(".*[^']'[^'].*"))
                .as("en " + key + " has a lone apostrophe").isTrue());
        en.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }

    @Test
    void every_key_used_in_the_code_has_a_vietnamese_text() throws IOException {
        Set<String> defined = load("translations_vi.properties").stringPropertyNames();
        Set<String> used = keysUsedInCode();
        used.addAll(enumKeys());
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(defined).containsAll(used);
    }

    /** The key of every constant of every enum of the portal that has a {@code messageKey()}. */
    private static Set<String> enumKeys() {
        Set<String> keys = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getSuperClassName() != null
                && reader.getClassMetadata().getSuperClassName().equals(Enum.class.getName()));
        int enums = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.gov.cchc.portal")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                Method messageKey = type.getMethod("messageKey");
                enums++;
                for (Object constant : type.getEnumConstants()) {
                    keys.add((String) messageKey.invoke(constant));
                }
            } catch (NoSuchMethodException e) {
                // an enum without texts of its own
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(enums).as("enums with a messageKey()").isGreaterThanOrEqualTo(15);
        return keys;
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
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
