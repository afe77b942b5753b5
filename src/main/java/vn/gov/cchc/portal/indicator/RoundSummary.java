package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reporting round as lists show it, with how far the agencies are. {@code closedOn}: the day the secretariat
 * closed it to the agencies' changes, if it did.
 */
public record RoundSummary(long id, String title, PeriodKind kind, LocalDate from, LocalDate to, LocalDate cutoff,
        LocalDate deadline, List<String> indicatorCodes, int agencies, long submitted, long accepted,
        @Nullable LocalDate closedOn, long version) {

    public boolean closed() {
        return closedOn != null;
    }

    /** Whether an agency whose report stands in {@code state} (not yet in the secretariat's hands) is late on {@code today}. */
    public boolean late(ReportState state, LocalDate today) {
        return state.editable() && today.isAfter(deadline);
    }
}
