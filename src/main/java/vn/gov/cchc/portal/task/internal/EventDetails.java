package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;

/** The optional parts of a history entry. */
public record EventDetails(String note, LocalDate newDeadline, String documentRef, Long fromAgencyId, Long toAgencyId,
        Integer percentDone, Long relatedTaskId) {

    public static EventDetails note(String note) {
        return new EventDetails(note, null, null, null, null, null, null);
    }
}
