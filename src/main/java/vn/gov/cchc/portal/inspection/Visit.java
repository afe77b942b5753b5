package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The team and the visit: the decision forming the team, the days on site, who received the team, the places
 * checked on site (one-stop units, service centres), the documents asked for and received.
 */
public record Visit(@Nullable String teamDecision, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String receivedBy, @Nullable String places, @Nullable String documents) {
}
