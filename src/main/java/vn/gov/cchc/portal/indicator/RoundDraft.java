package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * What the secretariat fills in to open a reporting round. {@code number}: which quarter or half (1 for nine months
 * and a year). No {@code agencyIds}: every agency active on the cut-off that reports one of the indicators.
 */
public record RoundDraft(String title, PeriodKind kind, int year, int number, LocalDate cutoff, LocalDate deadline,
        List<String> indicatorCodes, List<Long> agencyIds) {
}
