package vn.gov.cchc.portal.session;

import java.time.LocalDate;

/** A session with its lifecycle and notice; {@code version} guards concurrent edits. */
public record SessionDetails(long id, SessionDraft details, SessionStatus status, String cancelReason,
        ConclusionNotice notice, long version) {

    public String title() {
        return details.title();
    }

    public int number() {
        return details.number();
    }

    public LocalDate sessionDate() {
        return details.startsAt().toLocalDate();
    }
}
