package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;

/** The year's inspection plan as its decision gives it (Quyết định 12/QĐ-BCĐCCHC of 08/03/2023). */
public record PlanDraft(int year, String title, String decisionNumber, LocalDate decisionDate, String signer) {
}
