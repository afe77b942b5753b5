package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskHistoryEntry;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * The morning's reminders reach people by mail: one digest per person per day listing each task with its link,
 * none for a person with nothing to be told or without an address, never twice a day; each reminder is written once
 * to the task's history, so that it counts as chasing.
 */
@IntegrationTest
class DailyDigestTest {

    private static final LocalDate TODAY = LocalDate.now(PortalTime.ZONE);

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    DailyDigest digest;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskQueryService queries;

    @Test
    void a_province_leader_gets_one_digest_of_the_day_with_the_overdue_task_and_its_link() {
        UserSummary leader = withEmail(testUsers.create(Role.AGENCY_LEADER, "son-la"), "lanhdao.sonla@sonla.gov.vn");
        UserSummary withoutAddress = testUsers.create(Role.AGENCY_OFFICER, "son-la");
        UserSummary elsewhere = withEmail(testUsers.create(Role.SECRETARIAT, null), "chuyenvien.vanphong@moha.gov.vn");
        long task = testTasks.assignTo("son-la", "Báo cáo kết quả rà soát thủ tục hành chính nội bộ quý IV",
                TODAY.minusDays(40), TODAY.minusDays(5));

        SystemAuthentication.runAsSystem(() -> {
            reminders.remind(TODAY);
            digest.send(TODAY);
            reminders.remind(TODAY);
            digest.send(TODAY);
        });

        List<TaskHistoryEntry> reminded = SystemAuthentication.callAsSystem(() -> queries.history(task)).stream()
                .filter(entry -> entry.type() == TaskEventType.REMINDER_SENT).toList();
        assertThat(reminded).as("the reminder counts as chasing, once").singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(SystemAuthentication.SYSTEM_USER);
            assertThat(entry.note()).startsWith("Nhắc tự động: đã quá hạn từ " + vn.gov.cchc.portal.common.Formats.date(TODAY.minusDays(5)))
                    .contains(leader.username());
        });

        List<String> bodies = jdbc.queryForList("SELECT body_text FROM mail_outbox WHERE username = ? AND kind = 'DIGEST'",
                String.class, leader.username());
        assertThat(bodies).as("one digest a day").hasSize(1);
        assertThat(bodies.getFirst()).contains("Đã quá hạn: Báo cáo kết quả rà soát thủ tục hành chính nội bộ quý IV")
                .contains("/agency/task/" + task);
        assertThat(jdbc.queryForObject("SELECT recipient FROM mail_outbox WHERE username = ? AND kind = 'DIGEST'", String.class,
                leader.username())).isEqualTo("lanhdao.sonla@sonla.gov.vn");
        assertThat(count(withoutAddress)).as("no address, no mail").isZero();
        assertThat(count(elsewhere)).as("nothing to say, no mail").isZero();
    }

    private UserSummary withEmail(UserSummary user, String email) {
        jdbc.update("UPDATE user_account SET email = ? WHERE username = ?", email, user.username());
        return user;
    }

    private long count(UserSummary user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE username = ?", Long.class, user.username());
    }
}
