package vn.gov.cchc.portal.session;

public enum SessionKind {
    REGULAR, THEMATIC, EXTRAORDINARY;

    public String messageKey() {
        return "session.kind." + name();
    }
}
