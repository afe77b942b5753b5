package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;
import vn.gov.cchc.portal.agency.AgencyName;

/** A requirement of an issued notice and where its task stands today, for the overview. */
public record RequirementLine(long inspectionId, AgencyName agency, String notice, String text, long taskId, LocalDate deadline,
        RequirementBucket bucket) {
}
