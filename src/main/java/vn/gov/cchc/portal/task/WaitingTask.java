package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A task whose completion proposal or extension request waits for the secretariat's decision since {@code since}
 * (the older of the two when both wait), with the key of the last reminder about it.
 */
public record WaitingTask(long taskId, long leadAgencyId, String title, LocalDate since, boolean proposal,
        @Nullable String lastReminderKey) {
}
