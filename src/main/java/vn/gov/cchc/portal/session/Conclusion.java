package vn.gov.cchc.portal.session;

/** A numbered conclusion paragraph of a session, ready to be referenced by tasks. */
public record Conclusion(long id, long sessionId, int number, String text, Long agendaItemId, String agendaItemTitle,
        long version) {
}
