package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
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
    void cao_bang_2022_is_accepted_with_99_22_percent_on_time_and_agrees_with_itself() {
        long year2022 = round("Báo cáo kết quả cải cách hành chính năm 2022");
        RoundFigures accepted = figures.figures(year2022);

        AgencyValues caoBang = accepted.agencies().stream().filter(a -> a.agency().code().equals("cao-bang")).findFirst().orElseThrow();
        assertThat(caoBang.values().get(new Figure("HS_RESOLVED", IndicatorLevel.TOTAL))).isEqualByComparingTo("185969");
        assertThat(accepted.national().get(new Figure("RATE_ON_TIME", IndicatorLevel.TOTAL))).isEqualByComparingTo("99.22");
        AgencyReport report = rounds.reports(year2022).stream().filter(r -> r.agency().vi().equals("Tỉnh Cao Bằng")).findFirst().orElseThrow();
        assertThat(rounds.checks(report.id())).isEmpty();
    }

    @Test
    void binh_thuan_2023_waits_for_the_secretariat_with_three_disagreements_flagged() {
        long year2023 = round("Báo cáo kết quả cải cách hành chính năm 2023");
        AgencyReport binhThuan = rounds.reports(year2023).stream().filter(r -> r.agency().vi().equals("Tỉnh Bình Thuận"))
                .findFirst().orElseThrow();

        assertThat(binhThuan.state()).isEqualTo(ReportState.SUBMITTED);
        List<Disagreement> flagged = rounds.checks(binhThuan.id());
        assertThat(flagged).extracting(Disagreement::kind, Disagreement::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DisagreementKind.LEVELS_DO_NOT_ADD_UP, "TTHC_PUBLISHED"),
                org.assertj.core.groups.Tuple.tuple(DisagreementKind.LEVELS_DO_NOT_ADD_UP, "HS_RESOLVED"),
                org.assertj.core.groups.Tuple.tuple(DisagreementKind.RATE_DIFFERS, "RATE_ON_TIME"));
        assertThat(figures.figures(year2023).agencies()).as("submitted is not accepted").isEmpty();
    }

    @Test
    void the_national_first_quarter_of_2023_comes_from_the_government_office() {
        RoundFigures quarter = figures.figures(round("Báo cáo tình hình, kết quả cải cách hành chính quý I năm 2023"));

        assertThat(quarter.agencies()).singleElement().satisfies(office -> {
            assertThat(office.agency().code()).isEqualTo("vpcp");
            assertThat(office.values().get(new Figure("RATE_ON_TIME", IndicatorLevel.TOTAL))).isEqualByComparingTo("98.01");
            assertThat(office.values().get(new Figure("TTHC_IN_FORCE", IndicatorLevel.TOTAL))).isEqualByComparingTo("6472");
        });
    }

    /** The demo's round of that title: the first opened (other tests open rounds with the same title). */
    private long round(String title) {
        return figures.rounds().stream().filter(round -> round.title().equals(title)).mapToLong(RoundSummary::id).min()
                .orElseThrow();
    }
}
