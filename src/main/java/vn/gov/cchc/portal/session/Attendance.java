package vn.gov.cchc.portal.session;

import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyGroup;

/** One agency's attendance at a session; {@code status} is null while nothing is recorded. */
public record Attendance(long agencyId, AgencyName agency, AgencyGroup group, AttendanceStatus status,
        String representativeName, String representativePosition, boolean connected) {
}
