package vn.gov.cchc.portal.session;

public enum SessionStatus {
    PLANNED, HELD, CONCLUDED, CANCELLED;

    public String messageKey() {
        return "session.status." + name();
    }
}
