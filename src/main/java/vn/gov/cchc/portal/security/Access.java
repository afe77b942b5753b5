package vn.gov.cchc.portal.security;

/** Expressions for {@code @PreAuthorize} on application services. */
public final class Access {

    public static final String AUTHENTICATED = "isAuthenticated()";
    public static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    public static final String ADMIN_OR_SECRETARIAT = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARIAT + "')";
    /** Heads of the secretariat: they approve and issue the committee's documents (never one they drafted). */
    public static final String SECRETARIAT_HEADS = "hasRole('" + Roles.SECRETARIAT_HEAD + "')";
    /** Administrators, the secretariat and committee members: they read every agency's data. */
    public static final String CENTRAL_READERS = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARIAT + "', '"
            + Roles.COMMITTEE_MEMBER + "')";
    /** Leaders and officers of ministries and provinces: they see their own agency's work. */
    public static final String AGENCY_USERS = "hasAnyRole('" + Roles.AGENCY_LEADER + "', '" + Roles.AGENCY_OFFICER + "')";
    /** Leaders of ministries and provinces: they propose completions and ask for more time. */
    public static final String AGENCY_LEADERS = "hasRole('" + Roles.AGENCY_LEADER + "')";

    /** An API token that may read tasks, sessions and conclusions (see {@code ApiScope}). */
    public static final String API_READ_TASKS = "hasAuthority('SCOPE_READ_TASKS')";
    /** An API token that may read figures. */
    public static final String API_READ_FIGURES = "hasAuthority('SCOPE_READ_FIGURES')";

    private Access() {
    }
}
