package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyName;
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

        Map<Figure, Total> totals = IndicatorTotals.of(CATALOGUE, List.of(a, b), 63);

        assertThat(totals.get(total("HS_RESOLVED")).value()).isEqualByComparingTo("1200");
        assertThat(totals.get(total("HS_ON_TIME")).value()).isEqualByComparingTo("1000");
        assertThat(totals.get(total("RATE_ON_TIME")).value()).isEqualByComparingTo("83.33");
        assertThat(totals.get(total("RATE_ON_TIME"))).as("a sum says its coverage and no reporter")
                .extracting(Total::reporters, Total::asked, Total::reportedBy).containsExactly(2, 63, null);
        assertThat(totals).as("a rate reported without its counts has no total").doesNotContainKey(total("RATE_DIGITISED"));
    }

    @Test
    void one_agencys_figures_are_never_a_total_whatever_it_reported() {
        Map<Figure, BigDecimal> caoBang = Map.of(total("HS_RESOLVED"), new BigDecimal("185969"),
                total("HS_ON_TIME"), new BigDecimal("184517"), total("RATE_ON_TIME"), new BigDecimal("99.22"),
                total("RATE_DIGITISED"), new BigDecimal("66.48"));

        assertThat(IndicatorTotals.of(CATALOGUE, List.of(caoBang, Map.of()), 63)).isEmpty();
    }

    @Test
    void the_national_reporters_figures_stand_as_reported_with_the_rates_of_its_own_counts() {
        Map<Figure, BigDecimal> office = Map.of(total("RATE_DIGITISED"), new BigDecimal("66.48"),
                new Figure("HS_RESOLVED", IndicatorLevel.LOCAL), new BigDecimal("63"),
                new Figure("HS_ON_TIME", IndicatorLevel.LOCAL), new BigDecimal("62"));
        AgencyName reporter = new AgencyName("Văn phòng Chính phủ", "Office of the Government");

        Map<Figure, Total> national = IndicatorTotals.reported(CATALOGUE, office, reporter);

        assertThat(national.get(total("RATE_DIGITISED")).value()).isEqualByComparingTo("66.48");
        assertThat(national.get(new Figure("RATE_ON_TIME", IndicatorLevel.LOCAL)).value()).isEqualByComparingTo("98.41");
        assertThat(national.values()).allSatisfy(figure -> assertThat(figure.reportedBy()).isEqualTo(reporter));
        assertThat(national).doesNotContainKey(total("RATE_ON_TIME"));
    }

    @Test
    void levels_are_totalled_level_by_level_and_an_agency_without_both_counts_is_left_out_of_the_rate() {
        Figure communeResolved = new Figure("HS_RESOLVED", IndicatorLevel.COMMUNE);
        Figure communeOnTime = new Figure("HS_ON_TIME", IndicatorLevel.COMMUNE);
        Map<Figure, BigDecimal> a = Map.of(communeResolved, new BigDecimal("364562"), communeOnTime, new BigDecimal("344917"));
        Map<Figure, BigDecimal> b = Map.of(communeResolved, new BigDecimal("1000"), communeOnTime, new BigDecimal("900"));
        Map<Figure, BigDecimal> c = Map.of(communeResolved, new BigDecimal("500"));

        Map<Figure, Total> totals = IndicatorTotals.of(CATALOGUE, List.of(a, b, c), 63);

        assertThat(totals.get(communeResolved).value()).isEqualByComparingTo("366062");
        assertThat(totals.get(communeResolved).reporters()).isEqualTo(3);
        assertThat(totals.get(new Figure("RATE_ON_TIME", IndicatorLevel.COMMUNE)).value())
                .as("(344.917 + 900) / (364.562 + 1.000)").isEqualByComparingTo("94.60");
        assertThat(totals.get(new Figure("RATE_ON_TIME", IndicatorLevel.COMMUNE)).reporters()).isEqualTo(2);
    }

    private static Figure total(String code) {
        return new Figure(code, IndicatorLevel.TOTAL);
    }

    private static Indicator indicator(String code, IndicatorUnit unit, String numerator, String denominator) {
        return new Indicator(code, code, code, unit, true, EnumSet.allOf(AgencyGroup.class), numerator, denominator, FROM, 0);
    }
}
