package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;

/** National and group totals: counts summed, rates from the summed counts, never averaged. */
class IndicatorTotalsTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final List<Indicator> CATALOGUE = List.of(
            indicator("HS_RESOLVED", IndicatorUnit.COUNT, null, null),
            indicator("HS_ON_TIME", IndicatorUnit.COUNT, null, null),
            indicator("RATE_ON_TIME", IndicatorUnit.PERCENT, "HS_ON_TIME", "HS_RESOLVED"),
            indicator("RATE_DIGITISED", IndicatorUnit.PERCENT, null, null));

    @Test
    void the_national_on_time_rate_is_the_rate_of_the_summed_counts_not_the_average_of_the_rates() {
        Map<Figure, BigDecimal> a = Map.of(total("HS_RESOLVED"), new BigDecimal("200"), total("HS_ON_TIME"), new BigDecimal("100"),
                total("RATE_ON_TIME"), new BigDecimal("50"), total("RATE_DIGITISED"), new BigDecimal("40"));
        Map<Figure, BigDecimal> b = Map.of(total("HS_RESOLVED"), new BigDecimal("1000"), total("HS_ON_TIME"), new BigDecimal("900"),
                total("RATE_ON_TIME"), new BigDecimal("90"), total("RATE_DIGITISED"), new BigDecimal("80"));

        Map<Figure, BigDecimal> totals = IndicatorTotals.of(CATALOGUE, List.of(a, b));

        assertThat(totals.get(total("HS_RESOLVED"))).isEqualByComparingTo("1200");
        assertThat(totals.get(total("HS_ON_TIME"))).isEqualByComparingTo("1000");
        assertThat(totals.get(total("RATE_ON_TIME"))).isEqualByComparingTo("83.33");
        assertThat(totals).as("a rate reported without its counts has no total").doesNotContainKey(total("RATE_DIGITISED"));
    }

    @Test
    void a_rate_reported_without_counts_by_a_single_agency_stands_as_reported() {
        Map<Figure, BigDecimal> office = Map.of(total("RATE_ON_TIME"), new BigDecimal("98.01"),
                total("RATE_DIGITISED"), new BigDecimal("66.48"));

        Map<Figure, BigDecimal> totals = IndicatorTotals.of(CATALOGUE, List.of(office, Map.of()));

        assertThat(totals.get(total("RATE_ON_TIME"))).isEqualByComparingTo("98.01");
        assertThat(totals.get(total("RATE_DIGITISED"))).isEqualByComparingTo("66.48");
    }

    @Test
    void levels_are_totalled_level_by_level_and_an_agency_without_both_counts_is_left_out_of_the_rate() {
        Figure communeResolved = new Figure("HS_RESOLVED", IndicatorLevel.COMMUNE);
        Figure communeOnTime = new Figure("HS_ON_TIME", IndicatorLevel.COMMUNE);
        Map<Figure, BigDecimal> a = Map.of(communeResolved, new BigDecimal("364562"), communeOnTime, new BigDecimal("344917"));
        Map<Figure, BigDecimal> b = Map.of(communeResolved, new BigDecimal("1000"));

        Map<Figure, BigDecimal> totals = IndicatorTotals.of(CATALOGUE, List.of(a, b));

        assertThat(totals.get(communeResolved)).isEqualByComparingTo("365562");
        assertThat(totals.get(new Figure("RATE_ON_TIME", IndicatorLevel.COMMUNE))).isEqualByComparingTo("94.61");
    }

    private static Figure total(String code) {
        return new Figure(code, IndicatorLevel.TOTAL);
    }

    private static Indicator indicator(String code, IndicatorUnit unit, String numerator, String denominator) {
        return new Indicator(code, code, code, unit, true, EnumSet.allOf(AgencyGroup.class), numerator, denominator, FROM, 0);
    }
}
