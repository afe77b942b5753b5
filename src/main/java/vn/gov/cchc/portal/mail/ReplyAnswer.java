package vn.gov.cchc.portal.mail;

import java.util.Locale;
import java.util.Optional;

/** An invitee's answer to a calendar invitation (the PARTSTAT of its iCalendar reply, RFC 5546). */
public enum ReplyAnswer {
    ACCEPTED,
    DECLINED,
    TENTATIVE;

    /** The answer a PARTSTAT value gives; none for one that is not an answer (NEEDS-ACTION, DELEGATED). */
    public static Optional<ReplyAnswer> of(String partstat) {
        return switch (partstat.strip().toUpperCase(Locale.ROOT)) {
            case "ACCEPTED" -> Optional.of(ACCEPTED);
            case "DECLINED" -> Optional.of(DECLINED);
            case "TENTATIVE" -> Optional.of(TENTATIVE);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "mail.reply." + name();
    }
}
