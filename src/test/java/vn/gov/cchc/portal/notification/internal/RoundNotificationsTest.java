package vn.gov.cchc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.indicator.AgencyReport;
import vn.gov.cchc.portal.indicator.AgencyReportService;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.PeriodKind;
import vn.gov.cchc.portal.indicator.ReportedValue;
import vn.gov.cchc.portal.indicator.ReportingRoundService;
import vn.gov.cchc.portal.indicator.RoundDraft;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Reporting rounds reach people: an agency that owes a report is reminded before and after the deadline (once each),
 * the secretariat hears of a submitted report, the agency of its report's decision; a closed round reminds nobody.
 */
@IntegrationTest
class RoundNotificationsTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    ReportingRoundService rounds;

    @Autowired
    AgencyReportService agencyReports;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_agency_that_owes_a_report_is_reminded_once_before_and_once_after_the_deadline() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary quangNinh = testUsers.create(Role.AGENCY_OFFICER, "quang-ninh");
        UserSummary caoBang = testUsers.create(Role.AGENCY_LEADER, "cao-bang");
        long dueSoon = open(secretary, today.plusDays(2));
        long overdue = open(secretary, today.minusDays(1));
        long closed = open(secretary, today.minusDays(1));
        AgencyReport draft = testUsers.callAs(caoBang, () -> agencyReports.save(dueSoon, 0, figures()));
        testUsers.runAs(caoBang, () -> agencyReports.submit(dueSoon, draft.version()));
        testUsers.runAs(secretary, () -> rounds.close(closed, rounds.round(closed).version()));

        SystemAuthentication.runAsSystem(() -> reminders.remind(today));
        SystemAuthentication.runAsSystem(() -> reminders.remind(today));

        assertThat(kinds(quangNinh, dueSoon)).containsExactly("REPORT_DUE_SOON");
        assertThat(kinds(quangNinh, overdue)).containsExactly("REPORT_OVERDUE");
        assertThat(kinds(quangNinh, closed)).as("a closed round reminds nobody").isEmpty();
        assertThat(kinds(caoBang, dueSoon)).as("Cao Bằng has submitted").isEmpty();
    }

    @Test
    void the_secretariat_hears_of_a_submitted_report_and_the_agency_of_its_return_and_its_acceptance() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary otherSecretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "cao-bang");
        long round = open(secretary, today.plusDays(20));

        AgencyReport draft = testUsers.callAs(officer, () -> agencyReports.save(round, 0, figures()));
        AgencyReport sent = testUsers.callAs(leader, () -> agencyReports.submit(round, draft.version()));
        assertThat(kinds(otherSecretary, round)).containsExactly("REPORT_SUBMITTED");
        testUsers.runAs(secretary, () -> rounds.sendBack(sent.id(), sent.version(), "Đề nghị bổ sung số hồ sơ trễ hạn."));
        assertThat(kinds(officer, round)).containsExactly("REPORT_RETURNED");
        assertThat(kinds(secretary, round)).as("not told of one's own decision").containsExactly("REPORT_SUBMITTED");

        AgencyReport fixed = testUsers.callAs(officer, () -> agencyReports.save(round,
                agencyReports.form(round).report().version(), figures()));
        AgencyReport resent = testUsers.callAs(leader, () -> agencyReports.submit(round, fixed.version()));
        testUsers.runAs(secretary, () -> rounds.accept(resent.id(), resent.version(), null));
        assertThat(kinds(leader, round)).containsExactly("REPORT_RETURNED", "REPORT_ACCEPTED");
    }

    private long open(UserSummary secretary, LocalDate deadline) {
        return testUsers.callAs(secretary, () -> rounds.open(new RoundDraft("Báo cáo kết quả cải cách hành chính năm "
                + deadline.getYear(), PeriodKind.YEAR, deadline.getYear(), 1, deadline.minusDays(10), deadline,
                List.of("HS_RESOLVED", "HS_ON_TIME"), List.of(testTasks.agencyId("quang-ninh"), testTasks.agencyId("cao-bang")))));
    }

    private static List<ReportedValue> figures() {
        return List.of(new ReportedValue("HS_RESOLVED", IndicatorLevel.TOTAL, new BigDecimal("185969")),
                new ReportedValue("HS_ON_TIME", IndicatorLevel.TOTAL, new BigDecimal("184517")));
    }

    private List<String> kinds(UserSummary user, long roundId) {
        return jdbc.queryForList("SELECT kind FROM notification WHERE username = ? AND subject_id = ? AND kind LIKE 'REPORT%' ORDER BY id",
                String.class, user.username(), roundId);
    }
}
