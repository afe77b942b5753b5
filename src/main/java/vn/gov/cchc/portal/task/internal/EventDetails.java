package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import vn.gov.cchc.portal.common.Checks;

/**
 * The optional parts of a history entry. Every text typed into an action (a reason, a note, a product or an approving
 * document) passes here, so the columns' limits (V5: note 2.000, document 255) are checked once for all actions.
 */
public record EventDetails(String note, LocalDate newDeadline, String documentRef, Long fromAgencyId, Long toAgencyId,
        Integer percentDone, Long relatedTaskId) {

    public EventDetails {
        new Checks().maxLength("text", note, 2000).maxLength("text", documentRef, 255).throwIfAny();
    }

    public static EventDetails note(String note) {
        return new EventDetails(note, null, null, null, null, null, null);
    }
}
