package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import vn.gov.cchc.portal.agency.AgencyName;

/** A line of the task grid, with its status as of the filter's date; {@code leadAgency} is null for a directive. */
public record TaskRow(long id, Long parentId, String title, ReformArea area, Long leadAgencyId, AgencyName leadAgency,
        LocalDate assignedOn, LocalDate deadline, TaskStatus status, long version) {
}
