package vn.gov.cchc.portal.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One change: who, when, to what ({@code subjectKey} is an i18n key such as "audit.subject.agendaItem",
 * {@code subjectLabel} names the record), and each field's value before and after.
 */
public record AuditEntry(Instant at, String username, Action action, String subjectKey, String subjectLabel,
        List<FieldChange> changes) {

    public enum Action {
        CREATED, CHANGED, DELETED
    }

    /**
     * A field's value before and after; a value that is an i18n key (an enum's label) is marked with
     * {@link #KEY_PREFIX} so that the view translates it.
     */
    public record FieldChange(String field, String before, String after) {
    }

    public static final String KEY_PREFIX = "i18n:";

    /** A value as a person reads it: "∅" for nothing, an i18n key translated, anything else as it is. */
    public static String display(String value, Function<String, String> translate) {
        if (value == null || value.isBlank()) {
            return "∅";
        }
        return value.startsWith(KEY_PREFIX) ? translate.apply(value.substring(KEY_PREFIX.length())) : value;
    }

    /** Marks a value as an i18n key. */
    public static String key(String messageKey) {
        return messageKey == null ? null : KEY_PREFIX + messageKey;
    }
}
