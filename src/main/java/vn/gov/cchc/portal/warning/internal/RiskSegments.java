package vn.gov.cchc.portal.warning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.task.ProgressFacts;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskTimeline;
import vn.gov.cchc.portal.task.TimelineEvent;
import vn.gov.cchc.portal.warning.RiskRule;
import vn.gov.cchc.portal.warning.RiskRules;

/**
 * A task's life cut into the stretches the early warning counts (pure): every day it is open with a deadline in force
 * not yet passed is assessed by {@link RiskRule} with the facts {@code ProgressFactsQuery} would read that day (the
 * span then in force, the last report and the last refusal or return dated by then), and runs of days with the same
 * agency and the same answer become one segment. Days after today are assessed as if nothing more happened; the next
 * event recomputes them.
 */
final class RiskSegments {

    private RiskSegments() {
    }

    static List<RiskSegment> of(TaskTimeline task, RiskRules rules) {
        List<RiskSegment> segments = new ArrayList<>();
        List<TimelineEvent> reports = task.progress().stream().filter(e -> e.type() == TaskEventType.PROGRESS_REPORTED).toList();
        List<TimelineEvent> flags = task.progress().stream().filter(e -> e.type() != TaskEventType.PROGRESS_REPORTED).toList();
        int nextReport = 0;
        int nextFlag = 0;
        @Nullable TimelineEvent lastReport = null;
        @Nullable LocalDate flaggedOn = null;
        @Nullable LocalDate start = null;
        long agency = 0;
        boolean risk = false;
        @Nullable LocalDate previous = null;
        for (TaskSpan span : task.spans()) {
            if (span.state() != TaskState.OPEN || span.effectiveDeadline() == null) {
                continue;
            }
            LocalDate first = span.from().isBefore(task.assignedOn()) ? task.assignedOn() : span.from();
            LocalDate last = span.to() == null || span.to().isAfter(span.effectiveDeadline()) ? span.effectiveDeadline()
                    : span.to().minusDays(1);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                while (nextReport < reports.size() && !reports.get(nextReport).on().isAfter(day)) {
                    lastReport = reports.get(nextReport++);
                }
                while (nextFlag < flags.size() && !flags.get(nextFlag).on().isAfter(day)) {
                    flaggedOn = flags.get(nextFlag++).on();
                }
                ProgressFacts facts = new ProgressFacts(task.taskId(), task.title(), span.agencyId(), null, task.assignedOn(),
                        span.effectiveDeadline(), lastReport == null ? null : lastReport.on(),
                        lastReport == null ? null : lastReport.percent(), flaggedOn);
                boolean atRisk = !RiskRule.assess(facts, day, rules).isEmpty();
                if (start == null || previous == null || !previous.plusDays(1).equals(day) || agency != span.agencyId()
                        || risk != atRisk) {
                    if (start != null && previous != null) {
                        segments.add(new RiskSegment(start, previous.plusDays(1), agency, risk));
                    }
                    start = day;
                    agency = span.agencyId();
                    risk = atRisk;
                }
                previous = day;
            }
        }
        if (start != null && previous != null) {
            segments.add(new RiskSegment(start, previous.plusDays(1), agency, risk));
        }
        return segments;
    }
}
