package vn.gov.cchc.portal.inspection.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.cchc.portal.inspection.InspectionState;
import vn.gov.cchc.portal.inspection.TeamMember;
import vn.gov.cchc.portal.inspection.Visit;
import vn.gov.cchc.portal.task.ReformArea;

/** An inspection of the plan: the agency, the month, the contents, and then its team and visit (V18). */
@Entity
@Audited
@Table(name = "inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "planned_month", nullable = false)
    private int plannedMonth;

    @Column(length = 2000)
    private String topics;

    @Column(name = "lead_unit", nullable = false)
    private String leadUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionState state = InspectionState.PLANNED;

    @Column(name = "team_decision")
    private String teamDecision;

    @Column(name = "visit_from")
    private LocalDate visitFrom;

    @Column(name = "visit_to")
    private LocalDate visitTo;

    @Column(name = "received_by", length = 2000)
    private String receivedBy;

    @Column(length = 2000)
    private String places;

    @Column(length = 2000)
    private String documents;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_area", joinColumns = @JoinColumn(name = "inspection_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 32)
    private Set<ReformArea> areas = EnumSet.noneOf(ReformArea.class);

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "inspection_member", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Member> members = new ArrayList<>();

    @Version
    private long version;

    protected Inspection() {
    }

    public Inspection(long planId, long agencyId, int plannedMonth, Set<ReformArea> areas, String topics, String leadUnit) {
        this.planId = planId;
        this.agencyId = agencyId;
        this.plannedMonth = plannedMonth;
        this.areas.addAll(areas);
        this.topics = topics;
        this.leadUnit = leadUnit;
    }

    public void record(Visit visit) {
        teamDecision = visit.teamDecision();
        visitFrom = visit.from();
        visitTo = visit.to();
        receivedBy = visit.receivedBy();
        places = visit.places();
        documents = visit.documents();
        if (state == InspectionState.PLANNED) {
            state = InspectionState.UNDER_WAY;
        }
    }

    public void team(List<TeamMember> team) {
        members.clear();
        team.forEach(member -> members.add(new Member(member)));
        if (state == InspectionState.PLANNED && !team.isEmpty()) {
            state = InspectionState.UNDER_WAY;
        }
    }

    public void conclude() {
        state = InspectionState.CONCLUDED;
    }

    public void cancel(String reason) {
        state = InspectionState.CANCELLED;
        cancelReason = reason;
    }

    public boolean hasMember(String username) {
        return members.stream().anyMatch(member -> username.equals(member.getUsername()));
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public int getPlannedMonth() {
        return plannedMonth;
    }

    public String getTopics() {
        return topics;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public InspectionState getState() {
        return state;
    }

    public Set<ReformArea> getAreas() {
        return Set.copyOf(areas);
    }

    public List<TeamMember> team() {
        return members.stream().map(Member::toMember).toList();
    }

    public Visit visit() {
        return new Visit(teamDecision, visitFrom, visitTo, receivedBy, places, documents);
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
