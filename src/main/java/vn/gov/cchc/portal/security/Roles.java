package vn.gov.cchc.portal.security;

/** Role names for {@code @RolesAllowed} on views (Spring adds the {@code ROLE_} prefix). */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String SECRETARIAT_HEAD = "SECRETARIAT_HEAD";
    public static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";
    public static final String AGENCY_LEADER = "AGENCY_LEADER";
    public static final String AGENCY_OFFICER = "AGENCY_OFFICER";

    private Roles() {
    }
}
