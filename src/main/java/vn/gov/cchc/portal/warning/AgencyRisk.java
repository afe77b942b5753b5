package vn.gov.cchc.portal.warning;

import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyName;

/** One agency's open tasks on a day (deadline not yet passed) and how many of them are at risk. */
public record AgencyRisk(long agencyId, AgencyName agency, AgencyGroup group, int open, int atRisk) {
}
