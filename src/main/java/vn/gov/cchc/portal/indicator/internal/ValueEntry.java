package vn.gov.cchc.portal.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.ReportedValue;

/** A value of a report (V15 indicator_value). */
@Embeddable
public class ValueEntry {

    @Column(name = "indicator_code", nullable = false, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IndicatorLevel level;

    @Column(nullable = false, precision = 24, scale = 4)
    private BigDecimal value;

    protected ValueEntry() {
    }

    public ValueEntry(ReportedValue reported) {
        this.code = reported.code();
        this.level = reported.level();
        this.value = reported.value();
    }

    public ReportedValue toValue() {
        return new ReportedValue(code, level, typed(value));
    }

    /** A stored value as typed: the trailing zeros of the column's four decimals taken off (99,2200 reads 99,22). */
    static BigDecimal typed(BigDecimal stored) {
        BigDecimal typed = stored.stripTrailingZeros();
        return typed.scale() < 0 ? typed.setScale(0) : typed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValueEntry entry && code.equals(entry.code) && level == entry.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level);
    }
}
