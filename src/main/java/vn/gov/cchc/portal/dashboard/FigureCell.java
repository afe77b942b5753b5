package vn.gov.cchc.portal.dashboard;

import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.task.Measure;
import vn.gov.cchc.portal.task.ReformArea;

/** Which number was clicked: a measure of any mix of group, agency and area (null = all). */
public record FigureCell(AgencyGroup group, Long agencyId, ReformArea area, Measure measure) {

    public static FigureCell group(AgencyGroup group, Measure measure) {
        return new FigureCell(group, null, null, measure);
    }

    public static FigureCell agency(long agencyId, Measure measure) {
        return new FigureCell(null, agencyId, null, measure);
    }

    public static FigureCell area(ReformArea area, Measure measure) {
        return new FigureCell(null, null, area, measure);
    }
}
