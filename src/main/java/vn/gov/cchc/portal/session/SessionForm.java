package vn.gov.cchc.portal.session;

public enum SessionForm {
    IN_PERSON, ONLINE, HYBRID;

    public String messageKey() {
        return "session.form." + name();
    }
}
