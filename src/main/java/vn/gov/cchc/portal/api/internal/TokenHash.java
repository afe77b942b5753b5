package vn.gov.cchc.portal.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: "cchc_" and 43 characters of 256 random bits; stored as their SHA-256 (a random secret of that
 * size cannot be guessed from its hash, so a slow password hash would only slow every API call).
 */
public final class TokenHash {

    static final String PREFIX = "cchc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHash() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the text, in hex (also the figures' ETag). */
    public static String of(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first characters, shown to recognise a token. */
    public static String prefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), 12));
    }
}
