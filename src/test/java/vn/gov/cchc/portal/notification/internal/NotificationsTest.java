package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.notification.NotificationItem;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.notification.NotificationService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskWorkflowService;
import vn.gov.cchc.portal.user.UserSummary;

@IntegrationTest
class NotificationsTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestUsers testUsers;

    @Autowired
    NotificationService notifications;

    @Autowired
    TaskWorkflowService workflow;

    @Autowired
    TaskQueryService queries;

    @Autowired
    DeadlineReminders reminders;

    @Test
    void a_new_assignment_reaches_every_user_of_the_lead_agency_and_opens_the_task() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "bxd");
        long task = testTasks.assignTo("bxd", "Thông báo giao việc Bộ Xây dựng", today, today.plusDays(30));

        NotificationItem item = testUsers.callAs(officer, () -> notifications.latest()).getFirst();
        assertThat(item.kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(item.subjectId()).isEqualTo(task);
        assertThat(testUsers.callAs(officer, () -> notifications.unreadCount())).isEqualTo(1);

        testUsers.runAs(officer, () -> notifications.markRead(item.id()));
        assertThat(testUsers.callAs(officer, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void a_completion_proposal_reaches_the_secretariat_and_its_confirmation_the_agency() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "byt");
        long task = testTasks.assignTo("byt", "Thông báo xác nhận Bộ Y tế", today, today.plusDays(30));
        testUsers.runAs(leader, () -> workflow.proposeCompletion(task, version(task), "Báo cáo 7/BC-BYT"));

        assertThat(testUsers.callAs(secretary, () -> notifications.latest())).extracting(NotificationItem::kind)
                .contains(NotificationKind.COMPLETION_PROPOSED);

        testUsers.runAs(secretary, () -> workflow.confirmCompletion(task, version(task), null));
        assertThat(testUsers.callAs(leader, () -> notifications.latest()).getFirst().kind())
                .isEqualTo(NotificationKind.COMPLETION_CONFIRMED);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_daily_reminder_tells_due_soon_and_overdue_once() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "bgddt");
        long dueSoon = testTasks.assignTo("bgddt", "Sắp đến hạn của Bộ Giáo dục", today.minusDays(10), today.plusDays(2));
        long overdue = testTasks.assignTo("bgddt", "Quá hạn của Bộ Giáo dục", today.minusDays(10), today.minusDays(1));

        SystemAuthentication.runAsSystem(() -> reminders.remind(today));
        SystemAuthentication.runAsSystem(() -> reminders.remind(today));

        // read per task: the agency's other overdue tasks (other tests' plans) fill the bell's latest 50
        assertThat(kinds(officer, dueSoon)).containsExactlyInAnyOrder("ASSIGNED", "DUE_SOON");
        assertThat(kinds(officer, overdue)).containsExactlyInAnyOrder("ASSIGNED", "OVERDUE");
    }

    @Test
    void nobody_marks_another_users_notification_read() {
        UserSummary owner = testUsers.create(Role.AGENCY_OFFICER, "bct");
        UserSummary stranger = testUsers.create(Role.AGENCY_OFFICER, "bct");
        testTasks.assignTo("bct", "Thông báo riêng", today, today.plusDays(30));
        long id = testUsers.callAs(owner, () -> notifications.latest()).getFirst().id();
        Assertions.assertThatThrownBy(() -> testUsers.runAs(stranger, () -> notifications.markRead(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(testUsers.callAs(owner, () -> notifications.unreadCount())).isEqualTo(1);
    }

    private long version(long task) {
        return SystemAuthentication.callAsSystem(() -> queries.details(task).version());
    }

    private List<String> kinds(UserSummary user, long taskId) {
        return jdbc.queryForList("SELECT kind FROM notification WHERE username = ? AND subject_id = ?", String.class,
                user.username(), taskId);
    }
}
