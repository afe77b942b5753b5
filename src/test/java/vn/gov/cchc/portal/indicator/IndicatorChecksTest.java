package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;

/** The secretariat's checks on figures the provinces published (indicators.md §3), one kind at a time. */
class IndicatorChecksTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final Map<String, Indicator> CATALOGUE = new LinkedHashMap<>();
    private static final List<IndicatorLevel> PROVINCE_2023 = IndicatorLevel.of(AgencyGroup.PROVINCES, LocalDate.of(2023, 12, 31));

    static {
        count("TTHC_PUBLISHED", 1);
        count("HS_RESOLVED", 2);
        count("HS_ONTIME", 3);
        count("HS_LATE", 4);
        rate("RATE_ONTIME", "HS_ONTIME", 5);
        rate("RATE_LATE", "HS_LATE", 6);
        CATALOGUE.put("PAY_ONLINE", new Indicator("PAY_ONLINE", "Giao dịch thanh toán trực tuyến", "Online payments",
                IndicatorUnit.COUNT, false, EnumSet.allOf(AgencyGroup.class), null, null, FROM, 7));
    }

    @Test
    void cao_bang_2022_agrees_with_itself() {
        List<ReportedValue> values = List.of(total("HS_RESOLVED", "185969"), total("HS_ONTIME", "184517"),
                total("HS_LATE", "1452"), total("RATE_ONTIME", "99.22"), total("RATE_LATE", "0.78"));

        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, values, Map.of())).isEmpty();
    }

    @Test
    void binh_thuan_2023_has_a_district_rate_that_is_not_its_counts_and_levels_that_do_not_add_up() {
        List<ReportedValue> values = new ArrayList<>(List.of(
                total("TTHC_PUBLISHED", "1836"), at("TTHC_PUBLISHED", IndicatorLevel.PROVINCIAL, "1464"),
                at("TTHC_PUBLISHED", IndicatorLevel.DISTRICT, "314"), at("TTHC_PUBLISHED", IndicatorLevel.COMMUNE, "167"),
                total("HS_RESOLVED", "562934"), total("HS_ONTIME", "512670"), total("HS_LATE", "50264"),
                total("RATE_ONTIME", "91.07"), total("RATE_LATE", "8.9"),
                at("HS_RESOLVED", IndicatorLevel.PROVINCIAL, "75537"), at("HS_ONTIME", IndicatorLevel.PROVINCIAL, "75361"),
                at("RATE_ONTIME", IndicatorLevel.PROVINCIAL, "99.77"),
                at("HS_RESOLVED", IndicatorLevel.DISTRICT, "112835"), at("HS_ONTIME", IndicatorLevel.DISTRICT, "92392"),
                at("RATE_ONTIME", IndicatorLevel.DISTRICT, "75.22"),
                at("HS_RESOLVED", IndicatorLevel.COMMUNE, "364562"), at("HS_ONTIME", IndicatorLevel.COMMUNE, "344917"),
                at("RATE_ONTIME", IndicatorLevel.COMMUNE, "94.61")));

        List<Disagreement> found = IndicatorChecks.check(CATALOGUE, PROVINCE_2023, values, Map.of());

        assertThat(found).extracting(Disagreement::kind, Disagreement::code, Disagreement::level,
                d -> d.reported().toPlainString(), d -> d.computed().toPlainString()).containsExactly(
                tuple(DisagreementKind.LEVELS_DO_NOT_ADD_UP, "TTHC_PUBLISHED", IndicatorLevel.TOTAL, "1836", "1945"),
                tuple(DisagreementKind.LEVELS_DO_NOT_ADD_UP, "HS_RESOLVED", IndicatorLevel.TOTAL, "562934", "552934"),
                tuple(DisagreementKind.RATE_DIFFERS, "RATE_ONTIME", IndicatorLevel.DISTRICT, "75.22", "81.88"));
    }

    @Test
    void a_rate_typed_with_fewer_decimals_agrees_when_its_counts_round_to_it() {
        List<ReportedValue> values = List.of(total("HS_RESOLVED", "562934"), total("HS_LATE", "50264"),
                total("RATE_LATE", "8.9"));
        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, values, Map.of())).isEmpty();

        List<ReportedValue> typo = List.of(total("HS_RESOLVED", "562934"), total("HS_LATE", "50264"), total("RATE_LATE", "8.8"));
        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, typo, Map.of())).singleElement()
                .extracting(d -> d.computed().toPlainString()).isEqualTo("8.93");
    }

    @Test
    void dossiers_on_time_above_dossiers_resolved_is_a_part_above_its_whole() {
        List<ReportedValue> values = List.of(at("HS_RESOLVED", IndicatorLevel.COMMUNE, "1200"),
                at("HS_ONTIME", IndicatorLevel.COMMUNE, "1250"));

        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, values, Map.of()))
                .extracting(Disagreement::kind, Disagreement::code, Disagreement::level)
                .containsExactly(tuple(DisagreementKind.PART_ABOVE_WHOLE, "HS_ONTIME", IndicatorLevel.COMMUNE));
    }

    @Test
    void twelve_times_the_online_payments_of_the_years_before_is_far_from_history_and_twice_is_not() {
        Map<Figure, List<BigDecimal>> history = Map.of(new Figure("PAY_ONLINE", IndicatorLevel.TOTAL),
                List.of(new BigDecimal("9800"), new BigDecimal("10400"), new BigDecimal("11000")));

        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, List.of(total("PAY_ONLINE", "125000")), history))
                .singleElement().extracting(Disagreement::kind, d -> d.computed().toPlainString())
                .containsExactly(DisagreementKind.FAR_FROM_HISTORY, "10400");
        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, List.of(total("PAY_ONLINE", "21000")), history)).isEmpty();
        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, List.of(total("PAY_ONLINE", "3000")), history))
                .as("below a third").hasSize(1);
        assertThat(IndicatorChecks.check(CATALOGUE, PROVINCE_2023, List.of(total("PAY_ONLINE", "125000")),
                Map.of(new Figure("PAY_ONLINE", IndicatorLevel.TOTAL), List.of(new BigDecimal("10000")))))
                .as("one previous period is not a history").isEmpty();
    }

    @Test
    void provinces_have_no_district_level_from_the_first_of_july_2025() {
        assertThat(IndicatorLevel.of(AgencyGroup.PROVINCES, LocalDate.of(2025, 6, 30)))
                .containsExactly(IndicatorLevel.PROVINCIAL, IndicatorLevel.DISTRICT, IndicatorLevel.COMMUNE);
        assertThat(IndicatorLevel.of(AgencyGroup.PROVINCES, LocalDate.of(2025, 7, 1)))
                .containsExactly(IndicatorLevel.PROVINCIAL, IndicatorLevel.COMMUNE);
        assertThat(IndicatorLevel.of(AgencyGroup.MINISTRIES, LocalDate.of(2023, 3, 23)))
                .containsExactly(IndicatorLevel.CENTRAL, IndicatorLevel.LOCAL_BRANCH);
    }

    private static void count(String code, int position) {
        CATALOGUE.put(code, new Indicator(code, code, code, IndicatorUnit.COUNT, true, EnumSet.allOf(AgencyGroup.class),
                null, null, FROM, position));
    }

    private static void rate(String code, String numerator, int position) {
        CATALOGUE.put(code, new Indicator(code, code, code, IndicatorUnit.PERCENT, true, EnumSet.allOf(AgencyGroup.class),
                numerator, "HS_RESOLVED", FROM, position));
    }

    private static ReportedValue total(String code, String value) {
        return at(code, IndicatorLevel.TOTAL, value);
    }

    private static ReportedValue at(String code, IndicatorLevel level, String value) {
        return new ReportedValue(code, level, new BigDecimal(value));
    }
}
