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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.indicator.PeriodKind;

/** A round: the period, its cut-off, the deadline, the indicators asked for and the agencies asked (V15). */
@Entity
@Table(name = "reporting_round")
public class ReportingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 16)
    private PeriodKind kind;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(nullable = false)
    private LocalDate cutoff;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_indicator", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "indicator_code", nullable = false, length = 32)
    private Set<String> indicatorCodes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_agency", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "agency_id", nullable = false)
    private Set<Long> agencyIds = new LinkedHashSet<>();

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected ReportingRound() {
    }

    public ReportingRound(String title, PeriodKind kind, int year, LocalDate from, LocalDate to, LocalDate cutoff,
            LocalDate deadline, Set<String> indicatorCodes, Set<Long> agencyIds, String createdBy, Instant createdAt) {
        this.title = title;
        this.kind = kind;
        this.year = year;
        this.from = from;
        this.to = to;
        this.cutoff = cutoff;
        this.deadline = deadline;
        this.indicatorCodes.addAll(indicatorCodes);
        this.agencyIds.addAll(agencyIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public LocalDate getCutoff() {
        return cutoff;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Set<String> getIndicatorCodes() {
        return Set.copyOf(indicatorCodes);
    }

    public Set<Long> getAgencyIds() {
        return Set.copyOf(agencyIds);
    }

    public long getVersion() {
        return version;
    }

    /** When the secretariat closed the round to the agencies' changes, if it did. */
    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public void close(String by, Instant at) {
        closedBy = by;
        closedAt = at;
    }

    public void reopen() {
        closedBy = null;
        closedAt = null;
    }
}
