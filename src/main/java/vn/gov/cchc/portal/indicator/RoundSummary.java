package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;
import java.util.List;

/** A reporting round as lists show it, with how far the agencies are. */
public record RoundSummary(long id, String title, PeriodKind kind, LocalDate from, LocalDate to, LocalDate cutoff,
        LocalDate deadline, List<String> indicatorCodes, int agencies, long submitted, long accepted) {
}
