package vn.gov.cchc.portal.session;

public record AttendanceChange(long agencyId, AttendanceStatus status, String representativeName,
        String representativePosition, boolean connected) {
}
