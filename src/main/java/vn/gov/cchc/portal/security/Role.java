package vn.gov.cchc.portal.security;

import java.util.Collection;

public enum Role {
    ADMIN(false),
    SECRETARIAT(false),
    /** A head of the secretariat (lãnh đạo Văn phòng): approves and issues its documents; held with SECRETARIAT. */
    SECRETARIAT_HEAD(false),
    COMMITTEE_MEMBER(false),
    AGENCY_LEADER(true),
    AGENCY_OFFICER(true);

    private final boolean agencyBound;

    Role(boolean agencyBound) {
        this.agencyBound = agencyBound;
    }

    /** Agency roles bind the user to exactly one agency and cannot be combined with central roles. */
    public boolean agencyBound() {
        return agencyBound;
    }

    public String authority() {
        return authority(name());
    }

    /** The authority Spring Security grants for a role named {@code roleName} (its default prefix). */
    public static String authority(String roleName) {
        return "ROLE_" + roleName;
    }

    public String messageKey() {
        return "role." + name();
    }

    public static boolean anyAgencyBound(Collection<Role> roles) {
        return roles.stream().anyMatch(Role::agencyBound);
    }
}
