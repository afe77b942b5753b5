package vn.gov.cchc.portal.session;

/** Where the session module's pages are, for links from other modules (the views use these routes). */
public final class SessionLinks {

    public static final String SESSIONS = "sessions";
    public static final String SESSION = "session";

    private SessionLinks() {
    }

    public static String session(long sessionId) {
        return SESSION + "/" + sessionId;
    }
}
