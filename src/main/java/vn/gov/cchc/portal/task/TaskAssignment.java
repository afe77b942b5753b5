package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the secretariat fills in to assign a task. The source is a conclusion paragraph ({@code conclusionId}) or
 * an assigning document (number, date, signer, excerpt).
 */
public record TaskAssignment(
        Long conclusionId,
        String docNumber,
        LocalDate docDate,
        String docSigner,
        String docExcerpt,
        String title,
        String description,
        ReformArea area,
        AgencySelection leads,
        Set<Long> supportAgencyIds,
        LocalDate assignedOn,
        LocalDate deadline,
        String product,
        TaskPriority priority,
        Integer planYear) {
}
