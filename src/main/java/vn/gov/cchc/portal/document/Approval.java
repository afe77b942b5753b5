package vn.gov.cchc.portal.document;

import vn.gov.cchc.portal.common.ValidationException;

/**
 * The four-eyes rule of the committee's documents, as a pure rule: a document is approved by a head of the
 * secretariat who did not draft it (compile or write it), and is issued only once approved. Any change to an
 * approved draft takes the approval back (the document is a draft again).
 */
public final class Approval {

    private Approval() {
    }

    /** Refuses an approval by the user who drafted the document. */
    public static void requireOtherThanDrafter(String draftedBy, String approver) {
        if (draftedBy.equals(approver)) {
            throw new ValidationException(null, "document.validation.selfApproval");
        }
    }

    /** Refuses to issue a document that is not approved. */
    public static void requireApproved(boolean approved) {
        if (!approved) {
            throw new ValidationException(null, "document.validation.notApproved");
        }
    }
}
