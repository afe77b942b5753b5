package vn.gov.cchc.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A session's invitation as iCalendar: one event whose UID never changes; an update raises SEQUENCE; a cancel. */
class SessionCalendarTest {

    private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
    private static final SessionDetails SESSION = new SessionDetails(42, new SessionDraft("2021-2026", 9,
            "Phiên họp thứ 9 của Ban Chỉ đạo cải cách hành chính của Chính phủ", SessionKind.REGULAR,
            LocalDateTime.of(2026, 12, 18, 8, 30), "Thủ tướng Chính phủ Phạm Minh Chính", SessionForm.HYBRID,
            "Trụ sở Chính phủ", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 10)),
            SessionStatus.PLANNED, null, null, 3);

    @Test
    void an_invitation_is_a_request_for_one_event_in_utc() {
        String ics = unfold(SessionCalendar.invitation(SESSION, 0, false, "moi-hop@cchc.gov.vn", "lanhdao.caobang@caobang.gov.vn", "Trụ sở Chính phủ", NOW));

        assertThat(ics).contains("METHOD:REQUEST", "UID:phien-hop-42@cchc.gov.vn", "SEQUENCE:0", "STATUS:CONFIRMED",
                "DTSTART:20261218T013000Z", "DTEND:20261218T053000Z", "ORGANIZER:mailto:moi-hop@cchc.gov.vn",
                "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lanhdao.caobang@caobang.gov.vn",
                "SUMMARY:Phiên họp thứ 9 của Ban Chỉ đạo cải cách hành chính của Chính phủ");
        assertThat(ics.lines().filter(line -> line.startsWith("DTSTAMP")).count()).isEqualTo(1);
        assertThat(ics.lines().filter(line -> line.equals("BEGIN:VEVENT")).count()).isEqualTo(1);
    }

    @Test
    void an_update_keeps_the_uid_and_raises_the_sequence_and_a_cancellation_cancels_the_same_event() {
        String update = unfold(SessionCalendar.invitation(SESSION, 1, false, "moi-hop@cchc.gov.vn", "lanhdao.caobang@caobang.gov.vn", "Trụ sở Chính phủ", NOW));
        String cancel = unfold(SessionCalendar.invitation(SESSION, 2, true, "moi-hop@cchc.gov.vn", "lanhdao.caobang@caobang.gov.vn", "Trụ sở Chính phủ", NOW));

        assertThat(update).contains("UID:phien-hop-42@cchc.gov.vn", "SEQUENCE:1", "METHOD:REQUEST");
        assertThat(cancel).contains("UID:phien-hop-42@cchc.gov.vn", "SEQUENCE:2", "METHOD:CANCEL", "STATUS:CANCELLED");
    }

    @Test
    void an_answer_finds_its_session_by_the_uid() {
        assertThat(SessionCalendar.sessionId("phien-hop-42@cchc.gov.vn")).contains(42L);
        assertThat(SessionCalendar.sessionId("cuoc-hop-42@example.com")).isEmpty();
    }

    /** Long lines of an .ics are folded (RFC 5545 §3.1); compared unfolded. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n", "\n");
    }
}
