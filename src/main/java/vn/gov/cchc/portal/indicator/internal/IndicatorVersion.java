package vn.gov.cchc.portal.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorUnit;

/** An indicator as it stands from {@code validFrom} on (V14); a change is a new version, never an edit of one. */
@Entity
@Table(name = "indicator_version")
public class IndicatorVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IndicatorUnit unit;

    @Column(name = "by_level", nullable = false)
    private boolean byLevel;

    @Column(nullable = false)
    private boolean provinces;

    @Column(nullable = false)
    private boolean ministries;

    @Column(length = 32)
    private String numerator;

    @Column(length = 32)
    private String denominator;

    @Column(nullable = false)
    private int position;

    @Column(name = "same_as", length = 32)
    private String sameAs;

    protected IndicatorVersion() {
    }

    public IndicatorVersion(Indicator indicator) {
        this.code = indicator.code();
        this.validFrom = indicator.validFrom();
        this.nameVi = indicator.nameVi();
        this.nameEn = indicator.nameEn();
        this.unit = indicator.unit();
        this.byLevel = indicator.byLevel();
        this.provinces = indicator.groups().contains(AgencyGroup.PROVINCES);
        this.ministries = indicator.groups().contains(AgencyGroup.MINISTRIES);
        this.numerator = indicator.numerator();
        this.denominator = indicator.denominator();
        this.position = indicator.position();
        this.sameAs = indicator.sameAs();
    }

    public String getCode() {
        return code;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Indicator toIndicator() {
        Set<AgencyGroup> groups = EnumSet.noneOf(AgencyGroup.class);
        if (provinces) {
            groups.add(AgencyGroup.PROVINCES);
        }
        if (ministries) {
            groups.add(AgencyGroup.MINISTRIES);
        }
        return new Indicator(code, nameVi, nameEn, unit, byLevel, groups, numerator, denominator, validFrom, position, sameAs);
    }
}
