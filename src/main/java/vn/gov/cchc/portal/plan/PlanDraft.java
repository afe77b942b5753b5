package vn.gov.cchc.portal.plan;

import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.task.PlanPreview;

/**
 * What an officer saves as the agency's draft plan of {@code year}: the file as previewed (its rows are checked
 * again), whether it amends the received plan, and for an amendment what it changes and why.
 */
public record PlanDraft(int year, boolean amendment, @Nullable String summary, PlanPreview preview) {
}
