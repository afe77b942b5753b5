package vn.gov.cchc.portal.user;

import vn.gov.cchc.portal.security.Role;

/** Optional parts: text in user name or full name, one role, enabled or not. */
public record UserFilter(String text, Role role, Boolean enabled) {

    public static UserFilter all() {
        return new UserFilter(null, null, null);
    }
}
