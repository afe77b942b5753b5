package vn.gov.cchc.portal.dashboard;

import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.StatusBucket;

/** Which number was clicked: any mix of group, agency, area and bucket (null = all; bucket null = planned). */
public record FigureCell(AgencyGroup group, Long agencyId, ReformArea area, StatusBucket bucket) {
}
