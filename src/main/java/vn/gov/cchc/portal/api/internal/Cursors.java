package vn.gov.cchc.portal.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.api.ApiSettings;

/**
 * Paging cursors: the last id of a page and the filter it belongs to, signed (HMAC-SHA256) so that a cursor that
 * was changed, or used with another filter, is refused instead of reading somewhere else. Pages walk the ids upwards:
 * a row inserted meanwhile comes on a later page, none is read twice or skipped.
 */
@Component
class Cursors {

    private final SecretKeySpec key;

    Cursors(ApiSettings settings) {
        byte[] secret = settings.cursorSecret().isBlank() ? random() : settings.cursorSecret().getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String next(String filter, long lastId) {
        String payload = "v1|" + filter + "|" + lastId;
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(sign(payload));
    }

    /** The last id the cursor names; 0 for the first page (no cursor). */
    long after(String filter, String cursor) {
        if (cursor.isBlank()) {
            return 0;
        }
        try {
            int dot = cursor.indexOf('.');
            String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            int last = payload.lastIndexOf('|');
            if (MessageDigest.isEqual(signature, sign(payload)) && payload.substring(0, last).equals("v1|" + filter)) {
                return Long.parseLong(payload.substring(last + 1));
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            // refused below, like a cursor with a wrong signature
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "api.error.badCursor");
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
