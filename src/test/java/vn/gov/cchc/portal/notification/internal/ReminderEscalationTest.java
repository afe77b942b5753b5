package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.notification.ReminderRules;
import vn.gov.cchc.portal.notification.ReminderSettings;
import vn.gov.cchc.portal.notification.ReminderSettingsService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskHistoryEntry;
import vn.gov.cchc.portal.task.TaskHistoryService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * An overdue task climbs: its agency's officers are reminded the day after the deadline, its leaders too from the
 * seventh day, the secretariat officer following the agency from the thirtieth — each the day they are reached, each
 * step written to the task's history; a proposal waiting for the secretariat reminds the agency's follower; the
 * secretariat edits the rules and they apply from the next run.
 */
@IntegrationTest
class ReminderEscalationTest {

    private static final LocalDate DEADLINE = LocalDate.now(PortalTime.ZONE).minusDays(40);

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    ReminderSettingsService settings;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskHistoryService taskHistory;

    @AfterEach
    void defaultRules() {
        SystemAuthentication.runAsSystem(() -> settings.update(ReminderRules.DEFAULTS, version()));
    }

    @Test
    void officers_then_leaders_then_the_follower_each_on_the_day_they_are_reached() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "thai-nguyen-2025");
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "thai-nguyen-2025");
        UserSummary follower = testUsers.create(Role.SECRETARIAT, null);
        testUsers.runAs(follower, () -> settings.assignFollower(List.of(testTasks.agencyId("thai-nguyen-2025")), follower.username()));
        long task = testTasks.assignTo("thai-nguyen-2025", "Báo cáo rà soát, đơn giản hóa thủ tục hành chính năm nay",
                DEADLINE.minusDays(60), DEADLINE);

        run(DEADLINE.plusDays(1));
        assertThat(kinds(officer, task)).containsExactly("ASSIGNED", "OVERDUE");
        assertThat(kinds(leader, task)).as("not yet seven days late").containsExactly("ASSIGNED");

        run(DEADLINE.plusDays(6));
        assertThat(kinds(officer, task)).as("the same step: said already").containsExactly("ASSIGNED", "OVERDUE");

        run(DEADLINE.plusDays(7));
        assertThat(kinds(leader, task)).containsExactly("ASSIGNED", "OVERDUE");
        assertThat(kinds(officer, task)).as("only the newcomers hear it that day").containsExactly("ASSIGNED", "OVERDUE");

        run(DEADLINE.plusDays(8));
        assertThat(kinds(officer, task)).as("a new week: everyone again").containsExactly("ASSIGNED", "OVERDUE", "OVERDUE");
        assertThat(kinds(leader, task)).containsExactly("ASSIGNED", "OVERDUE", "OVERDUE");
        assertThat(kinds(follower, task)).isEmpty();

        run(DEADLINE.plusDays(29));
        assertThat(kinds(follower, task)).isEmpty();
        run(DEADLINE.plusDays(30));
        assertThat(kinds(follower, task)).containsExactly("OVERDUE_FOLLOWED");
        assertThat(kinds(officer, task)).as("the same week as the 29th").containsExactly("ASSIGNED", "OVERDUE", "OVERDUE", "OVERDUE");

        List<String> notes = SystemAuthentication.callAsSystem(() -> taskHistory.history(task)).stream()
                .filter(entry -> entry.type() == TaskEventType.REMINDER_SENT).map(TaskHistoryEntry::note).toList();
        assertThat(notes).hasSize(5);
        assertThat(notes.get(0)).contains("(1 ngày)").contains("cán bộ: ").contains(officer.username()).doesNotContain("lãnh đạo")
                .endsWith("Quy tắc: nhắc khi quá hạn, lặp lại mỗi 7 ngày.");
        assertThat(notes.get(1)).contains("(7 ngày)").contains("lãnh đạo: ").contains(leader.username())
                .doesNotContain(officer.username()).endsWith("quá hạn từ 7 ngày thì nhắc cả lãnh đạo cơ quan.");
        assertThat(notes.get(2)).contains("(8 ngày)").contains(officer.username()).contains(leader.username());
        assertThat(notes.get(3)).contains("(29 ngày)").contains(officer.username()).doesNotContain("cán bộ Văn phòng");
        assertThat(notes.get(4)).contains("(30 ngày)").contains("cán bộ Văn phòng theo dõi: " + follower.username())
                .doesNotContain(officer.username());
    }

    @Test
    void a_proposal_waiting_for_the_secretariat_reminds_the_follower_of_the_agency_every_five_days() {
        UserSummary follower = testUsers.create(Role.SECRETARIAT, null);
        UserSummary other = testUsers.create(Role.SECRETARIAT, null);
        testUsers.runAs(follower, () -> settings.assignFollower(List.of(testTasks.agencyId("lang-son")), follower.username()));
        long task = testTasks.assignTo("lang-son", "Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã",
                DEADLINE.minusDays(30), DEADLINE.plusDays(200));
        LocalDate proposed = DEADLINE.plusDays(1);
        jdbc.update("UPDATE task SET proposal_pending_since = ? WHERE id = ?",
                Timestamp.from(proposed.atTime(9, 30).atZone(PortalTime.ZONE).toInstant()), task);

        run(proposed.plusDays(4));
        assertThat(kinds(follower, task)).isEmpty();
        run(proposed.plusDays(5));
        run(proposed.plusDays(6));
        assertThat(kinds(follower, task)).containsExactly("WAITING_DECISION");
        assertThat(kinds(other, task)).as("the agency has a follower").isEmpty();
        run(proposed.plusDays(10));
        assertThat(kinds(follower, task)).containsExactly("WAITING_DECISION", "WAITING_DECISION");
    }

    @Test
    void the_secretariat_changes_the_rules_and_the_next_run_follows_them() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "nghe-an");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long task = testTasks.assignTo("nghe-an", "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                today.minusDays(10), today.plusDays(12));
        long version = version();

        testUsers.runAs(secretary, () -> settings.update(new ReminderRules(List.of(15, 5), true, 5, 3, 10, 7, 3), version));
        run(today);

        assertThat(kinds(officer, task)).containsExactly("ASSIGNED", "DUE_SOON");
        assertThat(current().rules().daysBefore()).containsExactly(15, 5);
        assertThat(current().updatedBy()).isEqualTo(secretary.username());
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> settings.update(ReminderRules.DEFAULTS, version)))
                .as("someone saved since").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void rules_that_cannot_work_are_refused_field_by_field() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long version = version();
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> settings.update(
                new ReminderRules(List.of(7, 7), true, 0, 20, 10, 400, 5), version)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("daysBefore", "everyOverdueDays", "followerAfterDays", "reportDaysBefore"));
        assertThat(version()).as("nothing saved").isEqualTo(version);
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> settings.assignFollower(Set.of(testTasks.agencyId("bnv")),
                "chuyenvien.bnv"))).isInstanceOf(ValidationException.class);
    }

    private long version() {
        return SystemAuthentication.callAsSystem(() -> settings.current().version());
    }

    private ReminderSettings current() {
        return SystemAuthentication.callAsSystem(() -> settings.current());
    }

    private void run(LocalDate day) {
        SystemAuthentication.runAsSystem(() -> reminders.remind(day));
    }

    private List<String> kinds(UserSummary user, long task) {
        return jdbc.queryForList("SELECT kind FROM notification WHERE username = ? AND subject_id = ? AND kind NOT LIKE 'REPORT%' ORDER BY id",
                String.class, user.username(), task);
    }
}
