package vn.gov.cchc.portal.document;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key issued documents are signed with (ADR 0023).
 *
 * @param keystore the site's PKCS#12 file with the signing key and its certificate chain
 * @param password its password; when absent, read from {@code <keystore>.password} beside it
 * @param alias    the key's alias in the file; when absent, the file's first key
 * @param generate when the file does not exist, make a self-signed certificate there (a trial or demo site; the log
 *                 says so): a real site sets its own file and {@code false}
 */
@ConfigurationProperties("portal.signing")
public record SigningSettings(@DefaultValue("data/signing/portal-signing.p12") Path keystore, @Nullable String password,
        @Nullable String alias, @DefaultValue("true") boolean generate) {
}
