package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/** A line of the task grid, with its status as of the filter's date. */
public record TaskRow(long id, Long parentId, String title, ReformArea area, Long leadAgencyId, String leadAgencyNameVi,
        LocalDate assignedOn, LocalDate deadline, TaskStatus status, long version) {
}
