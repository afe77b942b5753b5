package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.notification.NotificationService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionInvitationService;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestSessions;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserDirectory;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Each person's mails are written in the language they keep: an officer who chose English reads the new task and
 * the day's digest in English, a colleague in Vietnamese; a language the portal does not have reads as Vietnamese.
 */
@IntegrationTest
class MailLanguageTest {

    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    NotificationService notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    DailyDigest digest;
    @Autowired
    TestSessions testSessions;
    @Autowired
    SessionInvitationService invitations;
    @Autowired
    TestUsers testUsers;
    @Autowired
    TestTasks testTasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_officer_reads_the_new_task_and_the_digest_in_the_language_they_keep() {
        UserSummary english = testUsers.create(Role.AGENCY_OFFICER, "thanh-hoa", "chuyenvien.hoptac@thanhhoa.gov.vn");
        UserSummary vietnamese = testUsers.create(Role.AGENCY_OFFICER, "thanh-hoa", "chuyenvien.cchc@thanhhoa.gov.vn");
        UserSummary unknown = testUsers.create(Role.AGENCY_OFFICER, "thanh-hoa", "vanthu@thanhhoa.gov.vn");
        testUsers.runAs(english, () -> users.chooseLanguage(Locale.ENGLISH));
        jdbc.update("UPDATE user_account SET language = 'fr' WHERE username = ?", unknown.username());
        for (UserSummary user : new UserSummary[] {english, vietnamese, unknown}) {
            testUsers.runAs(user, () -> notifications.chooseImmediateMail(true));
        }

        testTasks.assignTo("thanh-hoa", "Rà soát quy trình cấp phép xây dựng", today.minusDays(30), today.minusDays(2));
        SystemAuthentication.runAsSystem(() -> {
            reminders.remind(today);
            digest.send(today);
        });

        assertThat(subject(english, "NOTICE")).isEqualTo("Administrative reform portal: New task: Rà soát quy trình cấp phép xây dựng");
        assertThat(subject(vietnamese, "NOTICE")).isEqualTo("Cổng cải cách hành chính: Nhiệm vụ mới: Rà soát quy trình cấp phép xây dựng");
        assertThat(subject(unknown, "NOTICE")).isEqualTo(subject(vietnamese, "NOTICE"));
        assertThat(subject(english, "DIGEST")).startsWith("Reminders of ");
        assertThat(body(english, "DIGEST")).contains("Overdue: Rà soát quy trình cấp phép xây dựng");
        assertThat(subject(vietnamese, "DIGEST")).startsWith("Nhắc việc ngày ");
        assertThat(body(unknown, "DIGEST")).contains("Đã quá hạn: Rà soát quy trình cấp phép xây dựng");
        assertThat(testUsers.callAs(english, () -> users.storedLanguage())).contains("en");
    }

    @Test
    void a_committee_member_who_keeps_english_is_invited_in_english() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);
        jdbc.update("UPDATE user_account SET email = ?, language = 'en' WHERE username = ?", "uyvien.quocte@thu-nghiem.cchc.gov.vn",
                member.username());
        SessionDetails created = testSessions.create();

        testUsers.callAs(secretary, () -> invitations.invite(created.id()));

        assertThat(jdbc.queryForObject("SELECT subject FROM mail_outbox WHERE username = ? AND kind = 'INVITATION' AND related_id = ?",
                String.class, member.username(), created.id())).startsWith("Invitation: " + created.title());
        assertThat(jdbc.queryForObject("SELECT subject FROM mail_outbox WHERE username = ? AND kind = 'INVITATION' AND related_id = ?",
                String.class, "uyvien", created.id())).as("the demo's member keeps Vietnamese")
                .startsWith("Giấy mời: " + created.title());
    }

    private String subject(UserSummary user, String kind) {
        return jdbc.queryForObject("SELECT subject FROM mail_outbox WHERE username = ? AND kind = ?", String.class,
                user.username(), kind);
    }

    private String body(UserSummary user, String kind) {
        return jdbc.queryForObject("SELECT body_text FROM mail_outbox WHERE username = ? AND kind = ?", String.class,
                user.username(), kind);
    }
}
