package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyGroup;

/**
 * The secretariat's task grid filters; every part is optional except {@code asOf}, the date statuses are computed
 * for. {@code text} ignores tones and Vietnamese letters ("cai cach" finds "cải cách"); {@code sort} orders the list;
 * {@code mark} is the key of a {@link TaskMark} the tasks must bear on {@code asOf} (an unknown key: none do).
 */
public record TaskFilter(LocalDate asOf, Long agencyId, AgencyGroup group, ReformArea area, TaskStatus status,
        LocalDate deadlineFrom, LocalDate deadlineTo, Long sessionId, String text, TaskSort sort, @Nullable String mark) {

    public TaskFilter(LocalDate asOf, Long agencyId, AgencyGroup group, ReformArea area, TaskStatus status,
            LocalDate deadlineFrom, LocalDate deadlineTo, Long sessionId, String text, TaskSort sort) {
        this(asOf, agencyId, group, area, status, deadlineFrom, deadlineTo, sessionId, text, sort, null);
    }

    /** Newest first. */
    public TaskFilter(LocalDate asOf, Long agencyId, AgencyGroup group, ReformArea area, TaskStatus status,
            LocalDate deadlineFrom, LocalDate deadlineTo, Long sessionId, String text) {
        this(asOf, agencyId, group, area, status, deadlineFrom, deadlineTo, sessionId, text, TaskSort.NEWEST);
    }

    public static TaskFilter asOf(LocalDate date) {
        return new TaskFilter(date, null, null, null, null, null, null, null, null);
    }

    public TaskFilter sortedBy(TaskSort order) {
        return new TaskFilter(asOf, agencyId, group, area, status, deadlineFrom, deadlineTo, sessionId, text, order, mark);
    }

    public TaskFilter marked(@Nullable String markKey) {
        return new TaskFilter(asOf, agencyId, group, area, status, deadlineFrom, deadlineTo, sessionId, text, sort, markKey);
    }

}
