package vn.gov.cchc.portal.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.document.SigningSettings;

/**
 * The signing key and its certificate chain, read once from the site's PKCS#12 file — or, on a site that has none
 * yet and allows it, a self-signed certificate made there at the first signature (3072-bit RSA, ten years), its
 * password in a file beside it that only the portal's user can read.
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    static final String SUBJECT = "CN=Cổng thông tin Ban Chỉ đạo cải cách hành chính (chứng thư tự cấp thử nghiệm),"
            + "O=Văn phòng Ban Chỉ đạo cải cách hành chính của Chính phủ,C=VN";

    /** A key and the chain that certifies it, the signer's own certificate first. */
    public record Loaded(PrivateKey key, List<X509Certificate> chain) {
    }

    private final SigningSettings settings;
    private volatile Loaded loaded;

    SigningKey(SigningSettings settings) {
        this.settings = settings;
    }

    public Loaded get() {
        Loaded key = loaded;
        if (key == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                key = loaded;
            }
        }
        return key;
    }

    private Loaded load() {
        Path file = settings.keystore().toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                if (!settings.generate()) {
                    throw new IllegalStateException("No signing key at " + file + " (portal.signing.keystore)");
                }
                generate(file);
            }
            char[] password = password(file);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            String alias = settings.alias() != null ? settings.alias()
                    : Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("No key in " + file));
            List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias))
                    .map(X509Certificate.class::cast).toList();
            return new Loaded((PrivateKey) store.getKey(alias, password), chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key " + file, e);
        }
    }

    private char[] password(Path file) throws IOException {
        if (settings.password() != null) {
            return settings.password().toCharArray();
        }
        return Files.readString(passwordFile(file), StandardCharsets.UTF_8).strip().toCharArray();
    }

    private static Path passwordFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".password");
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private void generate(Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password = settings.password() != null ? settings.password().toCharArray()
                : Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("portal", pair.getPrivate(), password, new Certificate[] {certificate});
        if (settings.password() == null) {
            writeOwnerOnly(passwordFile(file), new String(password).getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        writeOwnerOnly(file, bytes.toByteArray());
        log.warn("Made a self-signed signing certificate at {}: documents are signed with it until the site sets its own "
                + "PKCS#12 file (portal.signing.keystore / PORTAL_SIGNING_KEYSTORE)", file);
    }

    private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException {
        X500Name subject = new X500Name(SUBJECT);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static void writeOwnerOnly(Path path, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own protection applies
        }
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(content);
        }
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
    }
}
