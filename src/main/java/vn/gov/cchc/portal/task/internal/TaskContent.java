package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskPriority;

/** What a parent and each of its children share: source, wording, area, dates. */
public record TaskContent(Long conclusionId, Long sessionId, String docNumber, LocalDate docDate, String docSigner,
        String docExcerpt, String title, String description, ReformArea area, LocalDate assignedOn, LocalDate deadline,
        String product, TaskPriority priority, int planYear) {
}
