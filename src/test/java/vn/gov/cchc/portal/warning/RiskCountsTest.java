package vn.gov.cchc.portal.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.ProgressFacts;
import vn.gov.cchc.portal.task.ProgressFactsService;
import vn.gov.cchc.portal.task.ProgressReport;
import vn.gov.cchc.portal.task.ProgressReportService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * The dashboard's risk counts come precomputed (ADR 0026) and must say exactly what the rule says task by task: on
 * past days, today and days ahead, after a report changes a task, and after the secretariat changes the settings.
 */
@IntegrationTest
class RiskCountsTest {

    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    RiskService risks;
    @Autowired
    RiskSettingsService settings;
    @Autowired
    ProgressFactsService facts;
    @Autowired
    ProgressReportService progress;
    @Autowired
    TestTasks testTasks;
    @Autowired
    TestUsers users;

    @Test
    void the_counts_equal_the_rule_applied_task_by_task_on_any_day() {
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 30),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 7, 1), today, today.plusDays(30)));
        Random random = new Random(26);
        for (int i = 0; i < 12; i++) {
            days.add(LocalDate.of(2022, 1, 1).plusDays(random.nextInt((int) (today.toEpochDay() - LocalDate.of(2022, 1, 1).toEpochDay()))));
        }
        for (LocalDate day : days) {
            assertThat(counted(day)).as("as of %s", day).isEqualTo(assessed(day));
        }
    }

    @Test
    void a_report_moves_the_counts_from_its_day_and_leaves_yesterday_as_it_was() {
        long task = testTasks.assignTo("phu-tho-2025", "Chuẩn hóa quy trình nội bộ (chưa báo cáo)", today.minusDays(70),
                today.plusDays(30));
        long agency = testTasks.agencyId("phu-tho-2025");
        Map<Long, String> before = counted(today);
        Map<Long, String> yesterday = counted(today.minusDays(1));
        assertThat(before).isEqualTo(assessed(today));

        UserSummary officer = users.create(Role.AGENCY_OFFICER, "phu-tho-2025");
        users.runAs(officer, () -> {
            ProgressReport draft = progress.saveDraft(task, null, 0, 75, "Đã hoàn thành 75% khối lượng");
            progress.submit(task, draft.id(), draft.version());
        });

        assertThat(counted(today)).isEqualTo(assessed(today)).isNotEqualTo(before);
        assertThat(counted(today).get(agency)).isNotEqualTo(before.get(agency));
        assertThat(counted(today.minusDays(1))).isEqualTo(yesterday);
    }

    @Test
    void new_settings_count_every_task_again() {
        UserSummary secretariat = users.create(Role.SECRETARIAT, null);
        RiskSettings before = users.callAs(secretariat, () -> settings.current());
        Map<Long, String> counted = counted(today);
        try {
            users.runAs(secretariat, () -> settings.update(new RiskRules(20, 10, 20, 60, 90, true), before.version()));

            assertThat(counted(today)).isEqualTo(assessed(today)).isNotEqualTo(counted);
        } finally {
            RiskSettings changed = users.callAs(secretariat, () -> settings.current());
            users.runAs(secretariat, () -> settings.update(before.rules(), changed.version()));
        }
        assertThat(counted(today)).isEqualTo(assessed(today)).isEqualTo(counted);
    }

    /** Per agency, "open / at risk" as the dashboard counts them. */
    private Map<Long, String> counted(LocalDate day) {
        return SystemAuthentication.callAsSystem(() -> risks.byAgency(day)).stream().collect(Collectors.toMap(
                AgencyRisk::agencyId, row -> row.open() + " / " + row.atRisk(), (a, b) -> a, TreeMap::new));
    }

    /** Per agency, "open / at risk" with the rule applied to each task open that day. */
    private Map<Long, String> assessed(LocalDate day) {
        RiskRules rules = SystemAuthentication.callAsSystem(settings::rules);
        Map<Long, int[]> counts = new TreeMap<>();
        for (ProgressFacts task : SystemAuthentication.callAsSystem(() -> facts.openOn(day, null))) {
            int[] count = counts.computeIfAbsent(task.agencyId(), id -> new int[2]);
            count[0]++;
            count[1] += RiskRule.assess(task, day, rules).isEmpty() ? 0 : 1;
        }
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue()[0] + " / " + e.getValue()[1], (a, b) -> a, TreeMap::new));
    }
}
