package vn.gov.cchc.portal.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.gov.cchc.portal.inspection.TeamMember;

/** A member of an inspection's team, as stored with it. */
@Embeddable
public class Member {

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(length = 500)
    private String title;

    @Column(name = "agency_name")
    private String agencyName;

    @Column(length = 64)
    private String username;

    @Column(name = "team_lead", nullable = false)
    private boolean lead;

    protected Member() {
    }

    public Member(TeamMember member) {
        this.fullName = member.fullName();
        this.title = member.title();
        this.agencyName = member.agencyName();
        this.username = member.username();
        this.lead = member.lead();
    }

    public TeamMember toMember() {
        return new TeamMember(fullName, title, agencyName, username, lead);
    }

    public String getUsername() {
        return username;
    }
}
