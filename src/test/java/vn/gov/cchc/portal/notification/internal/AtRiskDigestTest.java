package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.notification.NotificationService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;
import vn.gov.cchc.portal.warning.RiskService;

/**
 * The morning run tells each agency holding tasks at risk how many, once a week, in its users' daily digest, the line
 * opening the agency's task list.
 */
@IntegrationTest
class AtRiskDigestTest {

    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    AtRiskReminders atRisk;
    @Autowired
    DailyDigest digest;
    @Autowired
    RiskService risks;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestTasks testTasks;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_agency_with_tasks_at_risk_reads_how_many_in_its_digest_once_a_week() {
        testTasks.assignTo("lai-chau", "Cập nhật quy chế phối hợp (chưa báo cáo, bản tin)", today.minusDays(50), today.plusDays(50));
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "lai-chau", "chuyenvien.vanphong@laichau.gov.vn");
        long count = SystemAuthentication.callAsSystem(() -> risks.atRisk(today, testTasks.agencyId("lai-chau"))).size();

        SystemAuthentication.runAsSystem(() -> {
            atRisk.remind(today);
            atRisk.remind(today);
            digest.send(today);
        });

        assertThat(users.callAs(officer, () -> notifications.latest()))
                .filteredOn(n -> n.kind() == NotificationKind.AT_RISK_WEEKLY).as("once a week, however many runs")
                .singleElement().satisfies(n -> assertThat(n.title()).isEqualTo(Formats.integer(count)));
        List<String> bodies = jdbc.queryForList("SELECT body_text FROM mail_outbox WHERE username = ? AND kind = 'DIGEST'",
                String.class, officer.username());
        assertThat(bodies).singleElement().satisfies(body -> assertThat(body)
                .contains("Cơ quan có " + Formats.integer(count) + " nhiệm vụ có nguy cơ chậm").contains("/agency/tasks"));
    }
}
