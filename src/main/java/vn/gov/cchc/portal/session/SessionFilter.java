package vn.gov.cchc.portal.session;

/** Optional year and status. */
public record SessionFilter(Integer year, SessionStatus status) {

    public static SessionFilter all() {
        return new SessionFilter(null, null);
    }
}
