package vn.gov.cchc.portal.inspection;

import org.jspecify.annotations.Nullable;

/**
 * A requirement of the conclusion for the inspected agency (numbered from 1), due {@code dueDays} after the notice;
 * {@code taskId} is the task it became when the notice was issued.
 */
public record Requirement(String text, int dueDays, @Nullable Long taskId) {
}
