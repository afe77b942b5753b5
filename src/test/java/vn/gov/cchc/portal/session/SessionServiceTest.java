package vn.gov.cchc.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestSessions;

@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class SessionServiceTest {

    @Autowired
    SessionService sessions;

    @Autowired
    AgendaService agenda;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ConclusionService conclusions;

    @Autowired
    SessionHistoryService history;

    @Autowired
    TestSessions testSessions;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_session_is_planned_then_held_then_concluded_with_its_notice() {
        SessionDetails planned = sessions.create(testSessions.draft(LocalDateTime.of(2024, 7, 10, 8, 30)));
        assertThat(planned.status()).isEqualTo(SessionStatus.PLANNED);

        SessionDetails held = sessions.markHeld(planned.id(), planned.version());
        SessionDetails concluded = sessions.conclude(held.id(), held.version(),
                new ConclusionNotice("123/TB-VPCP", LocalDate.of(2024, 7, 20), "Văn phòng Chính phủ"));

        assertThat(concluded.status()).isEqualTo(SessionStatus.CONCLUDED);
        assertThat(concluded.notice().number()).isEqualTo("123/TB-VPCP");
        assertThat(events.stream(SessionConcluded.class)).containsExactly(new SessionConcluded(planned.id()));
    }

    @Test
    void concluding_a_session_that_was_never_held_is_refused() {
        SessionDetails planned = testSessions.create();
        assertThatThrownBy(() -> sessions.conclude(planned.id(), planned.version(),
                new ConclusionNotice("1/TB-VPCP", LocalDate.of(2024, 7, 20), "VPCP")))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "session.lifecycle.notHeld");
        assertThat(sessions.get(planned.id()).status()).isEqualTo(SessionStatus.PLANNED);
    }

    @Test
    void a_future_session_cannot_be_marked_held() {
        SessionDetails future = sessions.create(testSessions.draft(LocalDateTime.of(2099, 1, 5, 8, 0)));
        assertThatThrownBy(() -> sessions.markHeld(future.id(), future.version()))
                .hasFieldOrPropertyWithValue("messageKey", "session.lifecycle.notYetHeld");
    }

    @Test
    void cancelling_needs_a_reason() {
        SessionDetails planned = testSessions.create();
        assertThatThrownBy(() -> sessions.cancel(planned.id(), planned.version(), "  "))
                .hasFieldOrPropertyWithValue("messageKey", "validation.reasonRequired");
        SessionDetails cancelled = sessions.cancel(planned.id(), planned.version(), "Lùi sang tháng sau");
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Lùi sang tháng sau");
    }

    @Test
    void a_duplicate_session_number_in_the_term_is_refused() {
        SessionDetails existing = testSessions.create();
        SessionDraft same = new SessionDraft(TestSessions.TERM, existing.number(), "Khác", SessionKind.REGULAR,
                LocalDateTime.of(2024, 8, 1, 8, 0), null, SessionForm.ONLINE, null, null, null, null);
        assertThatThrownBy(() -> sessions.create(same))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "number")
                .hasFieldOrPropertyWithValue("messageKey", "session.validation.numberTaken");
    }

    @Test
    void a_period_whose_end_precedes_its_start_is_refused() {
        SessionDraft draft = testSessions.draft(LocalDateTime.of(2024, 7, 10, 8, 30));
        SessionDraft backwards = new SessionDraft(draft.term(), draft.number(), draft.title(), draft.kind(),
                draft.startsAt(), draft.chair(), draft.form(), draft.hostLocation(), LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> sessions.create(backwards))
                .hasFieldOrPropertyWithValue("field", "periodTo")
                .hasFieldOrPropertyWithValue("messageKey", "session.validation.periodEndBeforeStart");
    }

    @Test
    void the_second_of_two_concurrent_edits_gets_a_conflict_and_the_first_is_kept() {
        SessionDetails loaded = testSessions.create();
        SessionDraft first = withTitle(loaded.details(), "Tiêu đề của người thứ nhất");
        SessionDraft second = withTitle(loaded.details(), "Tiêu đề của người thứ hai");

        sessions.update(loaded.id(), loaded.version(), first);

        assertThatThrownBy(() -> sessions.update(loaded.id(), loaded.version(), second))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(sessions.get(loaded.id()).title()).isEqualTo("Tiêu đề của người thứ nhất");
    }

    @Test
    void every_change_is_in_the_history_with_who_and_before_after() {
        SessionDetails session = testSessions.create();
        sessions.update(session.id(), session.version(), withTitle(session.details(), "Tiêu đề mới"));
        agenda.add(session.id(), new AgendaItemDraft("Báo cáo của Bộ Nội vụ", "Bộ Nội vụ", 20));

        var entries = history.history(session.id());

        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("thuky");
            assertThat(entry.action()).isEqualTo(AuditEntry.Action.CHANGED);
            assertThat(entry.changes()).contains(new AuditEntry.FieldChange("session.field.title",
                    session.title(), "Tiêu đề mới"));
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.subjectKey()).isEqualTo("audit.subject.agendaItem");
            assertThat(entry.action()).isEqualTo(AuditEntry.Action.CREATED);
            assertThat(entry.subjectLabel()).isEqualTo("Báo cáo của Bộ Nội vụ");
        });
        assertThat(entries).anySatisfy(entry -> assertThat(entry.username()).isEqualTo("system"));
    }

    @Test
    void agenda_items_are_numbered_and_can_be_reordered_and_removed() {
        SessionDetails session = testSessions.create();
        AgendaItem first = agenda.add(session.id(), new AgendaItemDraft("Khai mạc", null, 5));
        AgendaItem second = agenda.add(session.id(), new AgendaItemDraft("Báo cáo", "Bộ Nội vụ", 30));
        AgendaItem third = agenda.add(session.id(), new AgendaItemDraft("Kết luận", null, 15));

        agenda.move(third.id(), -1);
        assertThat(agenda.items(session.id())).extracting(AgendaItem::title).containsExactly("Khai mạc", "Kết luận", "Báo cáo");

        agenda.remove(first.id());
        assertThat(agenda.items(session.id())).extracting(AgendaItem::position, AgendaItem::title)
                .containsExactly(Tuple.tuple(1, "Kết luận"), Tuple.tuple(2, "Báo cáo"));
        assertThat(second.position()).isEqualTo(2);
    }

    @Test
    void all_provinces_active_on_the_session_date_are_marked_connected_at_once() {
        SessionDetails session = testSessions.create();
        int recorded = attendance.recordForGroup(session.id(), AgencyGroup.PROVINCES, AttendanceStatus.PRESENT, true);

        assertThat(recorded).isEqualTo(63);
        assertThat(attendance.list(session.id())).filteredOn(a -> a.group() == AgencyGroup.PROVINCES)
                .hasSize(63).allSatisfy(a -> assertThat(a.connected()).isTrue());
    }

    @Test
    void a_representative_needs_a_name() {
        SessionDetails session = testSessions.create();
        long agencyId = attendance.list(session.id()).getFirst().agencyId();
        assertThatThrownBy(() -> attendance.record(session.id(),
                new AttendanceChange(agencyId, AttendanceStatus.REPRESENTED, " ", null, true)))
                .hasFieldOrPropertyWithValue("messageKey", "attendance.validation.representativeRequired");
    }

    @Test
    void conclusion_paragraphs_are_numbered_and_tied_to_agenda_items() {
        SessionDetails session = testSessions.create();
        AgendaItem item = agenda.add(session.id(), new AgendaItemDraft("Kết luận của Chủ tịch", null, null));
        conclusions.add(session.id(), new ConclusionDraft("Đẩy mạnh số hóa hồ sơ thủ tục hành chính.", item.id()));
        conclusions.add(session.id(), new ConclusionDraft("Rà soát, cắt giảm điều kiện kinh doanh.", null));

        assertThat(conclusions.list(session.id())).extracting(Conclusion::number, Conclusion::agendaItemTitle)
                .containsExactly(Tuple.tuple(1, "Kết luận của Chủ tịch"),
                        Tuple.tuple(2, null));
    }

    @Test
    @WithMockUser(roles = Roles.COMMITTEE_MEMBER)
    void committee_member_reads_sessions_but_cannot_change_them() {
        assertThat(sessions.list(SessionFilter.all())).isNotEmpty();
        assertThatThrownBy(() -> sessions.create(testSessions.draft(LocalDateTime.of(2024, 9, 1, 8, 0))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.AGENCY_OFFICER)
    void agency_officer_reads_a_session_but_cannot_add_agenda_items_or_conclusions() {
        SessionDetails session = testSessions.create();
        assertThat(agenda.items(session.id())).isEmpty();
        assertThatThrownBy(() -> agenda.add(session.id(), new AgendaItemDraft("X", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conclusions.add(session.id(), new ConclusionDraft("X", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_data_holds_the_third_and_fifth_sessions() {
        assertThat(sessions.list(new SessionFilter(2023, null))).extracting(SessionSummary::number)
                .containsExactly(5, 3);
        SessionSummary fifth = sessions.list(new SessionFilter(2023, SessionStatus.CONCLUDED)).getFirst();
        assertThat(fifth.cutoffDate()).isEqualTo(LocalDate.of(2023, 6, 21));
        assertThat(sessions.get(fifth.id()).notice().number()).isEqualTo("304/TB-VPCP");
        assertThat(conclusions.list(fifth.id())).hasSize(6);
    }

    private static SessionDraft withTitle(SessionDraft d, String title) {
        return new SessionDraft(d.term(), d.number(), title, d.kind(), d.startsAt(), d.chair(), d.form(),
                d.hostLocation(), d.periodFrom(), d.periodTo(), d.cutoffDate());
    }
}
