package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import vn.gov.cchc.portal.agency.AgencyGroup;

/**
 * The secretariat's task grid filters; every part is optional except {@code asOf}, the date statuses are computed
 * for. {@code text} ignores tones and Vietnamese letters ("cai cach" finds "cải cách").
 */
public record TaskFilter(LocalDate asOf, Long agencyId, AgencyGroup group, ReformArea area, TaskStatus status,
        LocalDate deadlineFrom, LocalDate deadlineTo, Long sessionId, String text) {

    public static TaskFilter asOf(LocalDate date) {
        return new TaskFilter(date, null, null, null, null, null, null, null, null);
    }

    public boolean isUnfiltered() {
        return agencyId == null && group == null && area == null && status == null && deadlineFrom == null
                && deadlineTo == null && sessionId == null && (text == null || text.isBlank());
    }
}
