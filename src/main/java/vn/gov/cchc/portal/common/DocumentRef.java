package vn.gov.cchc.portal.common;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A state document as other records name it: its number and symbol ("45/KH-BTP"), its date and who signed it; any of
 * them may be unknown. A task names the document that assigned it, a plan its own, a plan file's caption the plan's.
 */
public record DocumentRef(@Nullable String number, @Nullable LocalDate date, @Nullable String signer) {

    public static final DocumentRef NONE = new DocumentRef(null, null, null);

    /** Whether nothing is known of it. */
    public boolean isEmpty() {
        return number == null && date == null && signer == null;
    }
}
