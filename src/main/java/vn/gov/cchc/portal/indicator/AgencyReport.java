package vn.gov.cchc.portal.indicator;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;

/**
 * An agency's report of a round: its latest revision (a correction after acceptance is revision 2, 3…), the values
 * as typed, and what the secretariat said. {@code id} is 0 for a report not started.
 */
public record AgencyReport(long id, long roundId, long agencyId, AgencyName agency, int revision, ReportState state,
        List<ReportedValue> values, @Nullable String correction, @Nullable String returnReason,
        @Nullable String acceptNote, @Nullable Instant submittedAt, long version) {
}
