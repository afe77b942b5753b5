package vn.gov.cchc.portal.session;

public enum AttendanceStatus {
    PRESENT, ABSENT, REPRESENTED;

    public String messageKey() {
        return "attendance.status." + name();
    }
}
