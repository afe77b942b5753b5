package vn.gov.cchc.portal.agency;

import java.util.List;

/** An agency with the agencies merged into it and the one it was merged into. */
public record AgencyDetails(AgencySummary agency, List<AgencySummary> predecessors, AgencySummary successor) {
}
