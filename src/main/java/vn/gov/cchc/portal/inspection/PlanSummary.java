package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;

/** A year's plan with how far it is: inspections planned (not cancelled), concluded, cancelled. */
public record PlanSummary(long id, int year, String title, String decisionNumber, LocalDate decisionDate, String signer,
        long planned, long concluded, long cancelled, long version) {
}
