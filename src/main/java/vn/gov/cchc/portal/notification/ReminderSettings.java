package vn.gov.cchc.portal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The reminder rules in force, with the version a change must name and who changed them last. */
public record ReminderSettings(ReminderRules rules, long version, @Nullable String updatedBy, @Nullable Instant updatedAt) {
}
