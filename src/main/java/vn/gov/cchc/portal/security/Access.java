package vn.gov.cchc.portal.security;

/** Expressions for {@code @PreAuthorize} on application services. */
public final class Access {

    public static final String AUTHENTICATED = "isAuthenticated()";
    public static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    public static final String ADMIN_OR_SECRETARIAT = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARIAT + "')";

    private Access() {
    }
}
