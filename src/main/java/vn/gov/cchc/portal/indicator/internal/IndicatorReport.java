package vn.gov.cchc.portal.indicator.internal;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.indicator.AgencyReport;
import vn.gov.cchc.portal.indicator.ReportState;
import vn.gov.cchc.portal.indicator.ReportedValue;

/** One revision of an agency's report of a round, with its values (V15). */
@Entity
@Table(name = "indicator_report")
public class IndicatorReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportState state;

    @Column(length = 2000)
    private String correction;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Column(name = "accept_note", length = 2000)
    private String acceptNote;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_value", joinColumns = @JoinColumn(name = "report_id"))
    private Set<ValueEntry> values = new HashSet<>();

    @Version
    private long version;

    protected IndicatorReport() {
    }

    /** A new draft: revision 1, or the next revision correcting an accepted one ({@code correction} says why). */
    public IndicatorReport(long roundId, long agencyId, int revision, String correction, List<ReportedValue> values,
            String actor, Instant at) {
        this.roundId = roundId;
        this.agencyId = agencyId;
        this.revision = revision;
        this.correction = correction;
        this.state = ReportState.DRAFT;
        write(values, actor, at);
    }

    /** Replaces the values; a returned report becomes a draft again. */
    public void write(List<ReportedValue> newValues, String actor, Instant at) {
        values.clear();
        newValues.forEach(value -> values.add(new ValueEntry(value)));
        state = ReportState.DRAFT;
        updatedBy = actor;
        updatedAt = at;
    }

    public void submit(String actor, Instant at) {
        state = ReportState.SUBMITTED;
        submittedBy = actor;
        submittedAt = at;
    }

    public void accept(String note, String actor, Instant at) {
        state = ReportState.ACCEPTED;
        acceptNote = note;
        decidedBy = actor;
        decidedAt = at;
    }

    public void sendBack(String reason, String actor, Instant at) {
        state = ReportState.RETURNED;
        returnReason = reason;
        decidedBy = actor;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public int getRevision() {
        return revision;
    }

    public ReportState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public List<ReportedValue> values() {
        return values.stream().map(ValueEntry::toValue)
                .sorted(Comparator.comparing(ReportedValue::code).thenComparing(ReportedValue::level)).toList();
    }

    public AgencyReport toReport(AgencyName agency) {
        return new AgencyReport(id, roundId, agencyId, agency, revision, state, values(), correction, returnReason,
                acceptNote, submittedAt, version);
    }
}
