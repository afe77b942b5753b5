package vn.gov.cchc.portal.dashboard;

import vn.gov.cchc.portal.agency.AgencyGroup;

/** One agency's figures, for the ranking. */
public record AgencyFigures(long agencyId, String nameVi, String nameEn, AgencyGroup group, Counts counts) {
}
