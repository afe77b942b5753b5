package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import vn.gov.cchc.portal.agency.AgencyName;

/** A task in an agency's workspace: led by the agency (editable) or supported by it (read, notes). */
public record AgencyTaskRow(long id, String title, ReformArea area, Relation relation, AgencyName leadAgency,
        LocalDate deadline, TaskStatus status, Long sessionId, long version) {

    public enum Relation {
        LEAD,
        SUPPORT
    }
}
