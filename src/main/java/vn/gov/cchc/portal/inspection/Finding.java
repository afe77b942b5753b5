package vn.gov.cchc.portal.inspection;

import vn.gov.cchc.portal.task.ReformArea;

/** A numbered paragraph of the findings: a result, a limitation or a cause, in a reform area. */
public record Finding(long id, FindingKind kind, ReformArea area, int number, String text, long version) {
}
