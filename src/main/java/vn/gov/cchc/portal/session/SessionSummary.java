package vn.gov.cchc.portal.session;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record SessionSummary(long id, String term, int number, String title, SessionKind kind, LocalDateTime startsAt,
        SessionForm form, SessionStatus status, LocalDate cutoffDate) {
}
