package vn.gov.cchc.portal.task;

import vn.gov.cchc.portal.common.DocumentRef;

/**
 * An agency's plan file as read: the preview row by row, and the plan's document as the rows give it (the caption's
 * or the one typed at upload; {@link DocumentRef#NONE} when no row reads).
 */
public record PlanReading(PlanPreview preview, DocumentRef document) {
}
