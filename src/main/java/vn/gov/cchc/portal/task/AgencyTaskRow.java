package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/** A task in an agency's workspace: led by the agency (editable) or supported by it (read, notes). */
public record AgencyTaskRow(long id, String title, ReformArea area, Relation relation, String leadAgencyNameVi,
        LocalDate deadline, TaskStatus status, Long sessionId, long version) {

    public enum Relation {
        LEAD,
        SUPPORT
    }
}
