package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.DocumentRef;

/** Everything the task page shows about the task itself (its history comes separately). */
public record TaskDetails(long id, Long parentId, boolean directive, Long conclusionId, Long sessionId,
        DocumentRef document, String docExcerpt, String title, String description,
        ReformArea area, Long leadAgencyId, AgencyName leadAgency, List<AgencyName> supportAgencies,
        LocalDate assignedOn, LocalDate originalDeadline, LocalDate deadline, String product, TaskPriority priority,
        int planYear, TaskState state, StatusAsOf statusToday, TaskOrigin origin, long version) {
}
