package vn.gov.cchc.portal.inspection;

/**
 * An inspection, its team, visit, findings, documents, recommendations or conclusion changed (published in the
 * transaction of the change).
 */
public record InspectionChanged(long inspectionId) {
}
