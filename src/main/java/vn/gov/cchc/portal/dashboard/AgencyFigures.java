package vn.gov.cchc.portal.dashboard;

import java.util.Locale;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.task.Counts;

/** One agency's figures, for the ranking. */
public record AgencyFigures(AgencySummary agency, Counts counts) {

    public long agencyId() {
        return agency.id();
    }

    public AgencyGroup group() {
        return agency.group();
    }

    public String nameVi() {
        return agency.nameVi();
    }

    public String name(Locale locale) {
        return agency.name(locale);
    }
}
