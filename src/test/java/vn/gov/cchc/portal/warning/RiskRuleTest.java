package vn.gov.cchc.portal.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.task.ProgressFacts;

/**
 * Each condition of the risk rule on its boundary day, under the settings issue 30 first named (30 days silent, 30
 * points behind from half the time, 14 days before the deadline below 80 %), for a task assigned on 01/01/2027 and due
 * on 11/04/2027 (100 days: a day is one percent of its time).
 */
class RiskRuleTest {

    private static final LocalDate ASSIGNED = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEADLINE = ASSIGNED.plusDays(100);
    private static final RiskRules RULES = new RiskRules(30, 30, 50, 14, 80, true);

    @Test
    void silent_from_the_thirtieth_day_without_a_report_once_more_than_a_quarter_of_the_time_has_passed() {
        // reported 20 % on day 10: silent 30 days on day 40 (40 % of the time)
        ProgressFacts reported = task(ASSIGNED.plusDays(10), 20, null);
        assertThat(kinds(reported, ASSIGNED.plusDays(39))).doesNotContain(RiskKind.SILENT);
        assertThat(kinds(reported, ASSIGNED.plusDays(40))).contains(RiskKind.SILENT);
        // no report at all: 30 days since the assignment, but a quarter of the time is passed only after day 25
        ProgressFacts never = task(null, null, null);
        assertThat(kinds(never, ASSIGNED.plusDays(30))).contains(RiskKind.SILENT);
        ProgressFacts longTask = new ProgressFacts(1, "Nhiệm vụ dài", 7, new AgencyName("Tỉnh", "Province"), ASSIGNED,
                ASSIGNED.plusDays(200), null, null, null);
        assertThat(kinds(longTask, ASSIGNED.plusDays(50))).as("exactly a quarter: not yet").doesNotContain(RiskKind.SILENT);
        assertThat(kinds(longTask, ASSIGNED.plusDays(51))).contains(RiskKind.SILENT);
    }

    @Test
    void behind_when_the_time_elapsed_passes_the_last_percent_by_more_than_thirty_points_from_half_the_time() {
        ProgressFacts twenty = task(ASSIGNED.plusDays(45), 20, null);
        assertThat(kinds(twenty, ASSIGNED.plusDays(49))).as("before half the time").doesNotContain(RiskKind.BEHIND);
        assertThat(kinds(twenty, ASSIGNED.plusDays(50))).as("50 − 20 = 30: not more than 30").doesNotContain(RiskKind.BEHIND);
        assertThat(kinds(twenty, ASSIGNED.plusDays(51))).contains(RiskKind.BEHIND);
        assertThat(RiskRule.assess(twenty, ASSIGNED.plusDays(70), RULES)).filteredOn(s -> s.kind() == RiskKind.BEHIND)
                .singleElement().satisfies(signal -> {
                    assertThat(signal.elapsedPercent()).isEqualTo(70);
                    assertThat(signal.lastPercent()).isEqualTo(20);
                    assertThat(signal.lastReportOn()).isEqualTo(ASSIGNED.plusDays(45));
                });
    }

    @Test
    void close_and_low_from_fourteen_days_before_the_deadline_to_the_deadline_day_unless_a_report_says_more_than_80() {
        ProgressFacts eighty = task(DEADLINE.minusDays(20), 80, null);
        assertThat(kinds(eighty, DEADLINE.minusDays(15))).doesNotContain(RiskKind.CLOSE_AND_LOW);
        assertThat(kinds(eighty, DEADLINE.minusDays(14))).contains(RiskKind.CLOSE_AND_LOW);
        assertThat(kinds(eighty, DEADLINE)).contains(RiskKind.CLOSE_AND_LOW);
        assertThat(RiskRule.assess(eighty, DEADLINE.plusDays(1), RULES)).as("overdue: late already, not at risk").isEmpty();
        ProgressFacts ninety = task(DEADLINE.minusDays(20), 90, null);
        assertThat(kinds(ninety, DEADLINE.minusDays(3))).isEmpty();
    }

    @Test
    void refused_or_returned_from_the_day_it_happened() {
        ProgressFacts refused = task(ASSIGNED.plusDays(10), 60, ASSIGNED.plusDays(20));
        assertThat(kinds(refused, ASSIGNED.plusDays(19))).doesNotContain(RiskKind.REFUSED_OR_RETURNED);
        assertThat(kinds(refused, ASSIGNED.plusDays(20))).containsExactly(RiskKind.REFUSED_OR_RETURNED);
        assertThat(RiskRule.assess(refused, ASSIGNED.plusDays(20), new RiskRules(30, 30, 50, 14, 80, false)))
                .as("switched off").isEmpty();
    }

    @Test
    void a_task_reported_on_time_meets_no_condition() {
        assertThat(RiskRule.assess(task(ASSIGNED.plusDays(55), 60, null), ASSIGNED.plusDays(60), RULES)).isEmpty();
    }

    @Test
    void the_reasons_say_the_figures() {
        ProgressFacts twenty = task(LocalDate.of(2027, 1, 31), 20, null);
        List<RiskSignal> signals = RiskRule.assess(twenty, ASSIGNED.plusDays(70), RULES);
        assertThat(RiskReasons.of(signals.stream().filter(s -> s.kind() == RiskKind.BEHIND).findFirst().orElseThrow(),
                Locale.forLanguageTag("vi"))).isEqualTo("Đã qua 70% thời gian, báo cáo gần nhất 20% ngày 31/01/2027");
    }

    private static List<RiskKind> kinds(ProgressFacts task, LocalDate day) {
        return RiskRule.assess(task, day, RULES).stream().map(RiskSignal::kind).toList();
    }

    private static ProgressFacts task(LocalDate lastReportOn, Integer lastPercent, LocalDate refusedOn) {
        return new ProgressFacts(1, "Rà soát thủ tục hành chính", 7, new AgencyName("Tỉnh Quảng Ninh", "Quang Ninh"),
                ASSIGNED, DEADLINE, lastReportOn, lastPercent, refusedOn);
    }
}
