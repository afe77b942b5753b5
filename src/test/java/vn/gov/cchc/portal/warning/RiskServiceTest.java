package vn.gov.cchc.portal.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.notification.NotificationService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.ProgressReport;
import vn.gov.cchc.portal.task.ProgressReportService;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskHistoryService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * The secretariat finds the tasks at risk per agency as of a day (each number opening exactly its tasks), reads why,
 * reminds the agency; the rule reads the history as it stood that day; an agency sees only its own; settings out of
 * range are refused on their fields and change nothing.
 */
@IntegrationTest
class RiskServiceTest {

    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    RiskService risks;
    @Autowired
    RiskSettingsService settings;
    @Autowired
    ProgressReportService progress;
    @Autowired
    TaskHistoryService history;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestTasks testTasks;
    @Autowired
    TestUsers users;

    @Test
    void every_agencys_number_opens_exactly_its_tasks_at_risk() {
        testTasks.assignTo("lai-chau", "Rà soát quy trình nội bộ (chưa báo cáo)", today.minusDays(40), today.plusDays(60));
        List<AgencyRisk> rows = SystemAuthentication.callAsSystem(() -> risks.byAgency(today));

        assertThat(rows).isNotEmpty();
        assertThat(rows).isSortedAccordingTo((a, b) -> Integer.compare(b.atRisk(), a.atRisk()));
        for (AgencyRisk row : rows) {
            List<TaskAtRisk> behind = SystemAuthentication.callAsSystem(() -> risks.atRisk(today, row.agencyId()));
            assertThat(behind).as(row.agency().vi()).hasSize(row.atRisk()).allMatch(task -> task.task().agencyId() == row.agencyId());
            assertThat(row.atRisk()).isLessThanOrEqualTo(row.open());
        }
        assertThat(rows).anyMatch(row -> row.agencyId() == testTasks.agencyId("lai-chau") && row.atRisk() >= 1);
    }

    @Test
    void a_silent_task_is_named_with_why_and_the_secretariat_reminds_its_agency() {
        long silent = testTasks.assignTo("son-la", "Cập nhật cơ sở dữ liệu cán bộ (chưa báo cáo)", today.minusDays(40),
                today.plusDays(60));
        long fresh = testTasks.assignTo("son-la", "Tuyên truyền cải cách hành chính (mới giao)", today.minusDays(5),
                today.plusDays(95));
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "son-la");
        UserSummary secretariat = users.create(Role.SECRETARIAT, null);

        List<TaskAtRisk> found = users.callAs(secretariat, () -> risks.atRisk(today, testTasks.agencyId("son-la")));
        assertThat(found).extracting(task -> task.task().taskId()).contains(silent).doesNotContain(fresh);
        TaskAtRisk task = found.stream().filter(t -> t.task().taskId() == silent).findFirst().orElseThrow();
        assertThat(task.signals()).extracting(RiskSignal::kind).containsExactly(RiskKind.BEHIND);
        assertThat(RiskReasons.of(task.signals(), Locale.forLanguageTag("vi")))
                .isEqualTo("Đã qua 40% thời gian, chưa có báo cáo tiến độ");

        users.runAs(secretariat, () -> risks.remind(silent));

        assertThat(users.callAs(officer, () -> notifications.latest())).anyMatch(n -> n.kind() == NotificationKind.AT_RISK
                && n.subjectId() == silent);
        assertThat(users.callAs(secretariat, () -> history.history(silent))).filteredOn(e -> e.type() == TaskEventType.REMINDER_SENT)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(secretariat.username());
                    assertThat(entry.note()).startsWith("Văn phòng nhắc việc: nhiệm vụ có nguy cơ chậm (Đã qua 40% thời gian");
                });
        int before = users.callAs(secretariat, () -> history.history(fresh)).size();
        assertThatThrownBy(() -> users.runAs(secretariat, () -> risks.remind(fresh))).isInstanceOf(ValidationException.class)
                .extracting("messageKey").isEqualTo("warning.notAtRisk");
        assertThat(users.callAs(secretariat, () -> history.history(fresh))).hasSize(before);
    }

    @Test
    void a_past_day_reads_the_history_as_it_stood_and_an_agency_sees_only_its_own() {
        long task = testTasks.assignTo("dien-bien", "Số hóa hồ sơ một cửa (báo cáo hôm nay)", today.minusDays(70),
                today.plusDays(30));
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "dien-bien");
        users.runAs(officer, () -> {
            ProgressReport draft = progress.saveDraft(task, null, 0, 45, "Đã số hóa 45% hồ sơ");
            progress.submit(task, draft.id(), draft.version());
        });

        assertThat(users.callAs(officer, () -> risks.atRisk(today, null))).as("reported 45 % today, at 70 % of its time")
                .noneMatch(t -> t.task().taskId() == task);
        assertThat(users.callAs(officer, () -> risks.atRisk(today.minusDays(1), null))).as("yesterday it was")
                .anyMatch(t -> t.task().taskId() == task && t.signals().stream().anyMatch(signal -> signal.kind() == RiskKind.BEHIND));
        assertThat(users.callAs(officer, () -> risks.atRisk(today.minusDays(1), testTasks.agencyId("lai-chau"))))
                .as("another agency's, asked by name: still only its own")
                .allMatch(t -> t.task().agencyId() == testTasks.agencyId("dien-bien"));
    }

    @Test
    void settings_out_of_range_are_refused_on_their_fields_and_nothing_changes() {
        UserSummary secretariat = users.create(Role.SECRETARIAT, null);
        RiskSettings before = users.callAs(secretariat, () -> settings.current());

        assertThatThrownBy(() -> users.runAs(secretariat, () -> settings.update(new RiskRules(60, 30, 40, 400, 80, true),
                before.version()))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("closeDays"))
                .extracting("messageKey").isEqualTo("warning.validation.closeDays");
        assertThatThrownBy(() -> users.runAs(secretariat, () -> settings.update(new RiskRules(0, 100, 50, 14, 80, true),
                before.version()))).isInstanceOf(ValidationException.class);
        assertThat(users.callAs(secretariat, () -> settings.current())).isEqualTo(before);
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "son-la");
        assertThatThrownBy(() -> users.runAs(officer, () -> settings.update(RiskRules.DEFAULT, before.version())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
