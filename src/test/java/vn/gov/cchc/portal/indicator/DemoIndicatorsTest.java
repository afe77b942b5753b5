package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

/** The demo rounds carry the published figures (indicators.md §3), and the checks flag what the secretariat would. */
@IntegrationTest
@WithMockUser(roles = Roles.SECRETARIAT)
class DemoIndicatorsTest {

    @Autowired
    ReportingRoundService rounds;

    @Autowired
    IndicatorFiguresService figures;

    @Test
    void cao_bang_2022_is_accepted_with_99_22_percent_on_time_but_its_figures_are_never_the_nations_or_the_provinces() {
        long year2022 = round("Báo cáo kết quả cải cách hành chính năm 2022");
        RoundFigures accepted = figures.figures(year2022);

        AgencyValues caoBang = accepted.agencies().stream().filter(a -> a.agency().code().equals("cao-bang")).findFirst().orElseThrow();
        assertThat(caoBang.values().get(new Figure("HS_RESOLVED", IndicatorLevel.TOTAL))).isEqualByComparingTo("185969");
        assertThat(caoBang.values().get(new Figure("RATE_ON_TIME", IndicatorLevel.TOTAL))).isEqualByComparingTo("99.22");
        assertThat(caoBang.values().get(new Figure("RATE_PROCESSED_ONLINE", IndicatorLevel.TOTAL)))
                .as("22,8 % of dossiers processed online (seed 002), not received online").isEqualByComparingTo("22.8");
        assertThat(accepted.nationalReport()).isNull();
        assertThat(accepted.national()).as("one province's figures are not the nation's").isEmpty();
        assertThat(accepted.groups().get(AgencyGroup.PROVINCES)).as("nor the provinces' total").isEmpty();
        assertThat(accepted.reported(AgencyGroup.PROVINCES)).isEqualTo(1);
        assertThat(accepted.asked().get(AgencyGroup.PROVINCES)).isEqualTo(63);
        AgencyReport report = rounds.reports(year2022).stream().filter(r -> r.agency().vi().equals("Tỉnh Cao Bằng")).findFirst().orElseThrow();
        assertThat(rounds.checks(report.id())).as("1.191 and 1.162 services on the national portal (seed 002)")
                .extracting(Disagreement::kind, Disagreement::code, d -> d.reported().intValue(), d -> d.computed().intValue())
                .containsExactly(Tuple.tuple(DisagreementKind.SAME_FIGURE_DIFFERS, "DVC_NATIONAL_L34", 1162, 1191));
        assertThat(report.acceptNote()).contains("30/10/2022");
    }

    @Test
    void binh_thuan_2023_waits_for_the_secretariat_with_three_disagreements_flagged() {
        long year2023 = round("Báo cáo kết quả cải cách hành chính năm 2023");
        AgencyReport binhThuan = rounds.reports(year2023).stream().filter(r -> r.agency().vi().equals("Tỉnh Bình Thuận"))
                .findFirst().orElseThrow();

        assertThat(binhThuan.state()).isEqualTo(ReportState.SUBMITTED);
        List<Disagreement> flagged = rounds.checks(binhThuan.id());
        assertThat(flagged).extracting(Disagreement::kind, Disagreement::code).containsExactly(
                Tuple.tuple(DisagreementKind.LEVELS_DO_NOT_ADD_UP, "TTHC_PUBLISHED"),
                Tuple.tuple(DisagreementKind.LEVELS_DO_NOT_ADD_UP, "HS_RESOLVED"),
                Tuple.tuple(DisagreementKind.RATE_DIFFERS, "RATE_ON_TIME"));
        assertThat(figures.figures(year2023).agencies()).as("submitted is not accepted").isEmpty();
    }

    @Test
    void the_national_first_quarter_of_2023_comes_from_the_government_office_at_every_level_it_publishes() {
        RoundFigures quarter = figures.figures(round("Báo cáo tình hình, kết quả cải cách hành chính quý I năm 2023"));

        assertThat(quarter.nationalReport()).isNotNull();
        assertThat(quarter.nationalReport().agency().code()).isEqualTo("vpcp");
        assertThat(quarter.agencies()).as("the national reporter is no agency among others").isEmpty();
        Map<String, String> seed001 = Map.of("RATE_ON_TIME/TOTAL", "98.01", "RATE_ON_TIME/CENTRAL", "99.87",
                "RATE_ON_TIME/PROVINCIAL", "98.61", "RATE_ON_TIME/DISTRICT", "94.20", "RATE_ON_TIME/COMMUNE", "99.36",
                "TTHC_IN_FORCE/TOTAL", "6472", "TTHC_IN_FORCE/CENTRAL", "3868", "TTHC_IN_FORCE/LOCAL", "1395",
                "TTHC_IN_FORCE/LOCAL_BRANCH", "1753", "DVC_NATIONAL/TOTAL", "4396");
        seed001.forEach((figure, value) -> {
            String[] parts = figure.split("/");
            Total total = quarter.national().get(new Figure(parts[0], IndicatorLevel.valueOf(parts[1])));
            assertThat(total).as(figure).isNotNull();
            assertThat(total.value()).as(figure).isEqualByComparingTo(value);
            assertThat(total.reportedBy().vi()).isEqualTo("Văn phòng Chính phủ");
        });
        assertThat(quarter.groups().get(AgencyGroup.MINISTRIES)).as("98,01 % is not the ministries' figure").isEmpty();
    }

    @Test
    void the_first_half_of_2023_states_seed_000s_national_figures() {
        RoundFigures half = figures.figures(round("Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023"));

        assertThat(half.round().cutoff()).isEqualTo(LocalDate.of(2023, 6, 21));
        assertThat(half.national().get(new Figure("DOCS_DIRECTION", IndicatorLevel.CENTRAL)).value()).isEqualByComparingTo("178");
        assertThat(half.national().get(new Figure("DOCS_DIRECTION", IndicatorLevel.LOCAL)).value()).isEqualByComparingTo("2054");
        assertThat(half.national().get(new Figure("RATE_E_RESULTS", IndicatorLevel.TOTAL)).value()).isEqualByComparingTo("31.16");
        assertThat(half.national().get(new Figure("RATE_DIGITISED", IndicatorLevel.TOTAL)).value()).isEqualByComparingTo("66.48");
        assertThat(half.national().get(new Figure("RATE_PORTALS_MERGED", IndicatorLevel.LOCAL)).value())
                .as("62/63 provinces").isEqualByComparingTo("98.41");
        assertThat(half.national().get(new Figure("RATE_PORTALS_MERGED", IndicatorLevel.CENTRAL)).value())
                .as("10/21 ministries").isEqualByComparingTo("47.62");
        assertThat(half.national().get(new Figure("PAY_ONLINE_VND", IndicatorLevel.TOTAL)).value())
                .isEqualByComparingTo("2390000000000");
        assertThat(half.national().get(new Figure("BIZ_RULES_DOCS", IndicatorLevel.TOTAL)).value()).isEqualByComparingTo("163");
    }

    /** The demo's round of that title: the first opened (other tests open rounds with the same title). */
    private long round(String title) {
        return figures.rounds().stream().filter(round -> round.title().equals(title)).mapToLong(RoundSummary::id).min()
                .orElseThrow();
    }
}
