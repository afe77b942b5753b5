package vn.gov.cchc.portal.agency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencySummary;

@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "gso_code", length = 8)
    private String gsoCode;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgencyKind kind;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Agency successor;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String code, String gsoCode, String nameVi, String nameEn, AgencyKind kind, LocalDate validFrom,
            LocalDate validTo) {
        this.code = code;
        this.gsoCode = gsoCode;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean activeOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    /** Ends this agency the day before {@code effectiveDate} and names the agency that takes over. */
    public void mergeInto(Agency successor, LocalDate effectiveDate) {
        this.validTo = effectiveDate.minusDays(1);
        this.successor = successor;
    }

    public AgencySummary toSummary() {
        return new AgencySummary(id, code, gsoCode, nameVi, nameEn, kind, validFrom, validTo,
                successor == null ? null : successor.getId(),
                successor == null ? null : new AgencyName(successor.nameVi, successor.nameEn), version);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Agency getSuccessor() {
        return successor;
    }

    public long getVersion() {
        return version;
    }
}
