package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.notification.NotificationService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * A person who chose immediate mails gets one at once for a new assignment, with its link; a colleague who did not
 * choose them gets none; reminders still wait for the daily digest.
 */
@IntegrationTest
class ImmediateMailTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    NotificationService notifications;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_assignment_is_mailed_at_once_to_the_officer_who_asked_and_to_nobody_else() {
        UserSummary asked = testUsers.create(Role.AGENCY_OFFICER, "ha-tinh", "chuyenvien.noivu@hatinh.gov.vn");
        UserSummary colleague = testUsers.create(Role.AGENCY_OFFICER, "ha-tinh", "vanthu.noivu@hatinh.gov.vn");
        assertThat(testUsers.callAs(asked, () -> notifications.immediateMail())).isFalse();
        testUsers.runAs(asked, () -> notifications.chooseImmediateMail(true));
        assertThat(testUsers.callAs(asked, () -> notifications.immediateMail())).isTrue();

        long task = testTasks.assignTo("ha-tinh", "Triển khai dịch vụ công trực tuyến toàn trình cấp tỉnh", today.minusDays(3),
                today.plusDays(2));
        SystemAuthentication.runAsSystem(() -> reminders.remind(today));

        List<Map<String, Object>> mails = jdbc.queryForList(
                "SELECT recipient, subject, body_text, related_id FROM mail_outbox WHERE username = ? AND kind = 'NOTICE'", asked.username());
        assertThat(mails).as("the assignment, not the reminder").singleElement().satisfies(mail -> {
            assertThat(mail).containsEntry("recipient", "chuyenvien.noivu@hatinh.gov.vn").containsEntry("related_id", task);
            assertThat((String) mail.get("subject"))
                    .isEqualTo("Cổng cải cách hành chính: Nhiệm vụ mới: Triển khai dịch vụ công trực tuyến toàn trình cấp tỉnh");
            assertThat((String) mail.get("body_text")).contains("/agency/task/" + task);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE username = ? AND kind = 'NOTICE'", Long.class,
                colleague.username())).isZero();
    }

}
