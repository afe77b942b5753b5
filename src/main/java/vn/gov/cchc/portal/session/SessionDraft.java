package vn.gov.cchc.portal.session;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The session's own details as the secretariat types them (create and edit). Times are Vietnam's wall clock. */
public record SessionDraft(String term, Integer number, String title, SessionKind kind, LocalDateTime startsAt,
        String chair, SessionForm form, String hostLocation, LocalDate periodFrom, LocalDate periodTo,
        LocalDate cutoffDate) {
}
