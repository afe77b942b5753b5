package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the portal's search reads of a task: its texts, its document, its lead agency (none for a directive). */
public record TaskText(long id, String title, @Nullable String description, @Nullable String docNumber,
        @Nullable LocalDate deadline, @Nullable Long leadAgencyId, @Nullable String leadAgency) {
}
