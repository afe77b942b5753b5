package vn.gov.cchc.portal.warning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The risk rule's settings in force, with the version a change must name and who changed them last. */
public record RiskSettings(RiskRules rules, long version, @Nullable String updatedBy, @Nullable Instant updatedAt) {
}
