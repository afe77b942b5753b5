package vn.gov.cchc.portal.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail the embedded mail catcher received: what a trial user would have been sent. */
public record CaughtMail(String to, String subject, @Nullable Instant receivedAt, String text) {
}
