package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * A reporting round from opening to a corrected revision, with Cao Bằng's figures of 2022 (as of 22/11/2022): open →
 * draft → submitted → returned → resubmitted → accepted → corrected; an agency sees only its own report.
 */
@IntegrationTest
class ReportingRoundTest {

    private static final List<String> INDICATORS = List.of("HS_RESOLVED", "HS_ON_TIME", "HS_LATE", "RATE_ON_TIME",
            "RATE_LATE", "DOCS_LEGAL");

    @Autowired
    ReportingRoundService rounds;

    @Autowired
    AgencyReportService agencyReports;

    @Autowired
    IndicatorFiguresService figures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Test
    void a_report_goes_from_draft_to_returned_to_accepted_and_is_corrected_by_a_new_revision() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "cao-bang");
        long round = testUsers.callAs(secretary, () -> rounds.open(year2022(null)));

        AgencyReport draft = testUsers.callAs(officer, () -> agencyReports.save(round, 0, caoBang("0.87")));
        assertThat(draft.state()).isEqualTo(ReportState.DRAFT);
        assertThatThrownBy(() -> testUsers.runAs(officer, () -> agencyReports.submit(round, draft.version())))
                .as("the officer enters, the leader signs off").isInstanceOf(AccessDeniedException.class);
        AgencyReport submitted = testUsers.callAs(leader, () -> agencyReports.submit(round, draft.version()));
        assertThatThrownBy(() -> testUsers.runAs(officer, () -> agencyReports.save(round, submitted.version(), caoBang("0.78"))))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("messageKey", "indicator.validation.closed");

        List<Disagreement> flagged = testUsers.callAs(secretary, () -> rounds.checks(submitted.id()));
        assertThat(flagged).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DisagreementKind.RATE_DIFFERS);
            assertThat(d.code()).isEqualTo("RATE_LATE");
            assertThat(d.reported()).isEqualByComparingTo("0.87");
            assertThat(d.computed()).isEqualByComparingTo("0.78");
        });
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> rounds.accept(submitted.id(), submitted.version(), null)))
                .hasFieldOrPropertyWithValue("messageKey", "indicator.validation.noteRequired");
        testUsers.runAs(secretary, () -> rounds.sendBack(submitted.id(), submitted.version(),
                "Tỷ lệ hồ sơ quá hạn 0,87% không khớp với 1.452/185.969 hồ sơ; đề nghị kiểm tra lại."));

        ReportForm returned = testUsers.callAs(officer, () -> agencyReports.form(round));
        assertThat(returned.report().state()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.report().returnReason()).startsWith("Tỷ lệ hồ sơ quá hạn");
        AgencyReport fixed = testUsers.callAs(officer, () -> agencyReports.save(round, returned.report().version(), caoBang("0.78")));
        AgencyReport resubmitted = testUsers.callAs(leader, () -> agencyReports.submit(round, fixed.version()));
        assertThat(testUsers.callAs(secretary, () -> rounds.checks(resubmitted.id()))).isEmpty();
        testUsers.runAs(secretary, () -> rounds.accept(resubmitted.id(), resubmitted.version(), null));

        assertThat(testUsers.callAs(secretary, () -> rounds.reports(round))).filteredOn(r -> r.agency().vi().equals("Tỉnh Cao Bằng"))
                .singleElement().extracting(AgencyReport::state, AgencyReport::revision).containsExactly(ReportState.ACCEPTED, 1);
        AgencyReport correction = testUsers.callAs(officer, () -> agencyReports.correct(round,
                "Bổ sung 2 nghị quyết của HĐND tỉnh ban hành ngày 18/11/2022 chưa được tổng hợp."));
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.state()).isEqualTo(ReportState.DRAFT);
        assertThat(correction.values()).hasSize(6);
        List<ReportedValue> corrected = new ArrayList<>(caoBang("0.78"));
        corrected.removeIf(v -> v.code().equals("DOCS_LEGAL"));
        corrected.add(total("DOCS_LEGAL", "77"));
        AgencyReport saved = testUsers.callAs(officer, () -> agencyReports.save(round, correction.version(), corrected));
        AgencyReport sent = testUsers.callAs(leader, () -> agencyReports.submit(round, saved.version()));
        testUsers.runAs(secretary, () -> rounds.accept(sent.id(), sent.version(), null));
        assertThat(testUsers.callAs(officer, () -> agencyReports.form(round)).report())
                .extracting(AgencyReport::state, AgencyReport::revision).containsExactly(ReportState.ACCEPTED, 2);
    }

    @Test
    void a_closed_round_takes_no_more_figures_until_the_secretariat_reopens_it() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "cao-bang");
        long round = testUsers.callAs(secretary, () -> rounds.open(year2022(List.of(testTasks.agencyId("cao-bang")))));
        AgencyReport draft = testUsers.callAs(leader, () -> agencyReports.save(round, 0, caoBang("0.87")));
        AgencyReport sent = testUsers.callAs(leader, () -> agencyReports.submit(round, draft.version()));

        testUsers.runAs(secretary, () -> rounds.close(round, rounds.round(round).version()));
        assertThat(testUsers.callAs(leader, () -> agencyReports.form(round)).round().closed()).isTrue();
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> rounds.sendBack(sent.id(), sent.version(), "Kiểm tra lại tỷ lệ trễ hạn.")))
                .as("a returned report could not be corrected").hasFieldOrPropertyWithValue("messageKey", "indicator.validation.roundClosed");
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> rounds.close(round, 0)))
                .isInstanceOf(ConcurrentEditException.class);

        testUsers.runAs(secretary, () -> rounds.reopen(round, rounds.round(round).version()));
        testUsers.runAs(secretary, () -> rounds.sendBack(sent.id(), sent.version(), "Kiểm tra lại tỷ lệ trễ hạn."));
        testUsers.runAs(secretary, () -> rounds.close(round, rounds.round(round).version()));
        long returnedVersion = testUsers.callAs(leader, () -> agencyReports.form(round)).report().version();
        assertThatThrownBy(() -> testUsers.runAs(leader, () -> agencyReports.save(round, returnedVersion, caoBang("0.78"))))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("messageKey", "indicator.validation.roundClosed");
        assertThat(testUsers.callAs(leader, () -> agencyReports.form(round)).report().values())
                .filteredOn(v -> v.code().equals("RATE_LATE")).singleElement()
                .satisfies(v -> assertThat(v.value()).as("nothing saved").isEqualByComparingTo("0.87"));
    }

    @Test
    void an_agency_sees_only_its_own_report_and_not_a_round_it_was_not_asked_for() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary caoBangOfficer = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");
        UserSummary hanoiOfficer = testUsers.create(Role.AGENCY_OFFICER, "ha-noi");
        long everyone = testUsers.callAs(secretary, () -> rounds.open(year2022(null)));
        testUsers.runAs(caoBangOfficer, () -> agencyReports.save(everyone, 0, caoBang("0.78")));

        ReportForm hanoi = testUsers.callAs(hanoiOfficer, () -> agencyReports.form(everyone));
        assertThat(hanoi.report().state()).isEqualTo(ReportState.NOT_STARTED);
        assertThat(hanoi.report().agency().vi()).isEqualTo("Thành phố Hà Nội");
        assertThat(hanoi.levels()).containsExactly(IndicatorLevel.PROVINCIAL, IndicatorLevel.DISTRICT, IndicatorLevel.COMMUNE);

        long caoBangOnly = testUsers.callAs(secretary, () -> rounds.open(year2022(List.of(testTasks.agencyId("cao-bang")))));
        assertThatThrownBy(() -> testUsers.runAs(hanoiOfficer, () -> agencyReports.form(caoBangOnly)))
                .isInstanceOf(NotFoundException.class);
        assertThat(testUsers.callAs(hanoiOfficer, () -> agencyReports.myRounds())).extracting(RoundSummary::id)
                .contains(everyone).doesNotContain(caoBangOnly);
    }

    @Test
    void bad_figures_and_a_round_for_an_agency_that_did_not_exist_are_refused_with_their_reasons() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");
        long round = testUsers.callAs(secretary, () -> rounds.open(year2022(null)));

        assertThatThrownBy(() -> testUsers.runAs(officer, () -> agencyReports.save(round, 0, List.of(
                total("HS_RESOLVED", "-5"), total("RATE_ON_TIME", "120"), total("UNITS", "633"),
                new ReportedValue("HS_RESOLVED", IndicatorLevel.LOCAL_BRANCH, BigDecimal.TEN)))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(ValidationException.FieldError::field, ValidationException.FieldError::messageKey)
                        .containsExactly(
                                Tuple.tuple("HS_RESOLVED/TOTAL", "indicator.validation.negative"),
                                Tuple.tuple("RATE_ON_TIME/TOTAL", "indicator.validation.rateAbove100"),
                                Tuple.tuple("UNITS/TOTAL", "indicator.validation.notInRound"),
                                Tuple.tuple("HS_RESOLVED/LOCAL_BRANCH", "indicator.validation.level")));
        assertThat(testUsers.callAs(officer, () -> agencyReports.form(round)).report().state()).isEqualTo(ReportState.NOT_STARTED);

        RoundDraft binhThuan2026 = new RoundDraft("Báo cáo 6 tháng đầu năm 2026", PeriodKind.HALF_YEAR, 2026, 1,
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 25), INDICATORS, List.of(testTasks.agencyId("binh-thuan")));
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> rounds.open(binhThuan2026)))
                .hasFieldOrPropertyWithValue("messageKey", "indicator.validation.agencyInactive");
    }

    @Test
    void only_accepted_figures_count_and_the_national_rate_comes_from_the_summed_counts() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long round = testUsers.callAs(secretary, () -> rounds.open(year2022(List.of(testTasks.agencyId("cao-bang"),
                testTasks.agencyId("ha-noi"), testTasks.agencyId("quang-ninh")))));
        accepted(secretary, round, "cao-bang", caoBang("0.78"));
        accepted(secretary, round, "ha-noi", List.of(total("HS_RESOLVED", "1000"), total("HS_ON_TIME", "900"),
                total("RATE_ON_TIME", "90")));
        UserSummary quangNinh = testUsers.create(Role.AGENCY_LEADER, "quang-ninh");
        AgencyReport draft = testUsers.callAs(quangNinh, () -> agencyReports.save(round, 0, List.of(
                total("HS_RESOLVED", "5000000"), total("HS_ON_TIME", "0"))));
        testUsers.runAs(quangNinh, () -> agencyReports.submit(round, draft.version()));

        RoundFigures accepted = testUsers.callAs(testUsers.create(Role.COMMITTEE_MEMBER, null), () -> figures.figures(round));

        assertThat(accepted.agencies()).extracting(values -> values.agency().code()).containsExactlyInAnyOrder("cao-bang", "ha-noi");
        IndicatorChecks.Figure resolved = new IndicatorChecks.Figure("HS_RESOLVED", IndicatorLevel.TOTAL);
        assertThat(accepted.national().get(resolved).value()).isEqualByComparingTo("186969");
        assertThat(accepted.national().get(new IndicatorChecks.Figure("RATE_ON_TIME", IndicatorLevel.TOTAL)).value())
                .as("(184.517 + 900) / (185.969 + 1.000)").isEqualByComparingTo("99.17");
        assertThat(accepted.groups().get(AgencyGroup.PROVINCES).get(resolved))
                .as("the provinces' sum says it holds 2 of the 3 provinces asked")
                .extracting(Total::reporters, Total::asked).containsExactly(2, 3);
        assertThat(accepted.groups().get(AgencyGroup.MINISTRIES)).isEmpty();
    }

    @Test
    void an_agencys_series_shows_each_accepted_value_and_its_change_from_the_period_before() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        // an agency no other test reports for in these years: the series holds only this test's rounds
        List<Long> laiChau = List.of(testTasks.agencyId("lai-chau"));
        long year2020 = testUsers.callAs(secretary, () -> rounds.open(new RoundDraft("Báo cáo kết quả cải cách hành chính năm 2020",
                PeriodKind.YEAR, 2020, 1, LocalDate.of(2020, 11, 30), LocalDate.of(2020, 12, 10), INDICATORS, laiChau)));
        long year2021 = testUsers.callAs(secretary, () -> rounds.open(new RoundDraft("Báo cáo kết quả cải cách hành chính năm 2021",
                PeriodKind.YEAR, 2021, 1, LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 10), INDICATORS, laiChau)));
        accepted(secretary, year2020, "lai-chau", List.of(total("HS_RESOLVED", "412300")));
        accepted(secretary, year2021, "lai-chau", List.of(total("HS_RESOLVED", "498750")));

        List<SeriesPoint> series = testUsers.callAs(secretary, () -> figures.series(testTasks.agencyId("lai-chau"),
                new IndicatorChecks.Figure("HS_RESOLVED", IndicatorLevel.TOTAL))).stream()
                .filter(point -> point.roundId() == year2020 || point.roundId() == year2021).toList();

        assertThat(series).extracting(SeriesPoint::roundId).containsExactly(year2020, year2021);
        assertThat(series.get(1).value()).isEqualByComparingTo("498750");
        assertThat(series.get(1).change()).isEqualByComparingTo("86450");
    }

    private void accepted(UserSummary secretary, long round, String agency, List<ReportedValue> values) {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, agency);
        AgencyReport draft = testUsers.callAs(leader, () -> agencyReports.save(round, 0, values));
        AgencyReport sent = testUsers.callAs(leader, () -> agencyReports.submit(round, draft.version()));
        testUsers.runAs(secretary, () -> rounds.accept(sent.id(), sent.version(), "Số liệu khớp."));
    }

    private static RoundDraft year2022(List<Long> agencies) {
        return new RoundDraft("Báo cáo kết quả cải cách hành chính năm 2022", PeriodKind.YEAR, 2022, 1,
                LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 5), INDICATORS, agencies);
    }

    /** Cao Bằng's 2022 figures as it reported them, the rate of late dossiers as given. */
    private static List<ReportedValue> caoBang(String lateRate) {
        return List.of(total("HS_RESOLVED", "185969"), total("HS_ON_TIME", "184517"), total("HS_LATE", "1452"),
                total("RATE_ON_TIME", "99.22"), total("RATE_LATE", lateRate), total("DOCS_LEGAL", "75"));
    }

    private static ReportedValue total(String code, String value) {
        return new ReportedValue(code, IndicatorLevel.TOTAL, new BigDecimal(value));
    }
}
