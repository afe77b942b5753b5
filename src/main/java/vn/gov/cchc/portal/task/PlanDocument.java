package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The plan's own document typed once at upload (number, date, signer), for a file that does not give it on every
 * row: a row's own document columns come first, then this, then what the file's caption says.
 */
public record PlanDocument(@Nullable String number, @Nullable LocalDate date, @Nullable String signer) {

    public static final PlanDocument NONE = new PlanDocument(null, null, null);
}
