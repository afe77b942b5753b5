package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
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
 * The morning's reminders reach people by mail: one digest per person per day listing each task with its link, none
 * for a person with nothing to be told, never twice a day; a person without an address is recorded in the outbox as
 * not reached, for the administrator to see; each reminder is written once to the task's history, so that it counts
 * as chasing.
 */
@IntegrationTest
class DailyDigestTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

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
    TaskHistoryService taskHistory;

    @Test
    void a_province_officer_gets_one_digest_of_the_day_with_the_overdue_task_and_its_link() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "son-la", "chuyenvien.cchc@sonla.gov.vn");
        UserSummary elsewhere = testUsers.create(Role.SECRETARIAT, null, "chuyenvien.vanphong@moha.gov.vn");
        long task = testTasks.assignTo("son-la", "Báo cáo kết quả rà soát thủ tục hành chính nội bộ quý IV",
                today.minusDays(40), today.minusDays(5));

        SystemAuthentication.runAsSystem(() -> {
            reminders.remind(today);
            digest.send(today);
            reminders.remind(today);
            digest.send(today);
        });

        List<TaskHistoryEntry> reminded = SystemAuthentication.callAsSystem(() -> taskHistory.history(task)).stream()
                .filter(entry -> entry.type() == TaskEventType.REMINDER_SENT).toList();
        assertThat(reminded).as("the reminder counts as chasing, once").singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(SystemAuthentication.SYSTEM_USER);
            assertThat(entry.note()).startsWith("Nhắc tự động: đã quá hạn từ " + Formats.date(today.minusDays(5)) + " (5 ngày)")
                    .contains("cán bộ: ").contains(officer.username()).doesNotContain("lãnh đạo");
        });

        List<String> bodies = jdbc.queryForList("SELECT body_text FROM mail_outbox WHERE username = ? AND kind = 'DIGEST'",
                String.class, officer.username());
        assertThat(bodies).as("one digest a day").hasSize(1);
        assertThat(bodies.getFirst()).contains("Đã quá hạn: Báo cáo kết quả rà soát thủ tục hành chính nội bộ quý IV")
                .contains("/agency/task/" + task);
        assertThat(jdbc.queryForObject("SELECT recipient FROM mail_outbox WHERE username = ? AND kind = 'DIGEST'", String.class,
                officer.username())).isEqualTo("chuyenvien.cchc@sonla.gov.vn");
        assertThat(count(elsewhere)).as("nothing to say, no mail").isZero();
    }

    @Test
    void a_person_without_an_address_is_shown_to_the_administrator_as_not_reached() {
        UserSummary withoutAddress = testUsers.create(Role.AGENCY_OFFICER, "lai-chau");
        testTasks.assignTo("lai-chau", "Báo cáo tình hình triển khai Đề án 06 tại tỉnh", today.minusDays(20), today.plusDays(2));

        SystemAuthentication.runAsSystem(() -> {
            reminders.remind(today);
            digest.send(today);
        });

        assertThat(jdbc.queryForMap("SELECT recipient, state, last_error FROM mail_outbox WHERE username = ? AND kind = 'DIGEST'",
                withoutAddress.username())).containsEntry("recipient", "").containsEntry("state", "FAILED")
                .containsEntry("last_error", "Người dùng chưa có địa chỉ thư điện tử: hãy bổ sung trong Người dùng.");
    }


    private long count(UserSummary user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE username = ?", Long.class, user.username());
    }
}
