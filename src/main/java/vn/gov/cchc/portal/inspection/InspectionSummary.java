package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.task.ReformArea;

/** An inspection as lists show it. */
public record InspectionSummary(long id, long planId, int year, long agencyId, AgencyName agency, int plannedMonth,
        Set<ReformArea> areas, String leadUnit, InspectionState state, @Nullable LocalDate visitFrom, long version) {
}
