package vn.gov.cchc.portal.user;

/** Where the user administration is, for links from other modules (the view uses this route). */
public final class UserLinks {

    public static final String USERS = "admin/users";

    private UserLinks() {
    }
}
