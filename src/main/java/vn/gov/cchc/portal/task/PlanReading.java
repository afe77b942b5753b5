package vn.gov.cchc.portal.task;

/**
 * An agency's plan file as read: the preview row by row, and the plan's document as the rows give it (the caption's
 * or the one typed at upload; {@link PlanDocument#NONE} when no row reads).
 */
public record PlanReading(PlanPreview preview, PlanDocument document) {
}
