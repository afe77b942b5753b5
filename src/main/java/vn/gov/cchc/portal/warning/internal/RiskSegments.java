package vn.gov.cchc.portal.warning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.task.ProgressFacts;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskTimeline;
import vn.gov.cchc.portal.warning.RiskRule;
import vn.gov.cchc.portal.warning.RiskRules;

/**
 * A task's life cut into the stretches the early warning counts (pure): every day from its assignment to its last
 * deadline is read with {@link TaskTimeline#factsOn} (what the lists and the task's page read too) and assessed by
 * {@link RiskRule}; runs of days on which the task is open with the same agency and the same answer become one
 * segment. Days after today are assessed as if nothing more happened; the next event recomputes them.
 */
final class RiskSegments {

    private RiskSegments() {
    }

    static List<RiskSegment> of(TaskTimeline task, RiskRules rules) {
        List<RiskSegment> segments = new ArrayList<>();
        LocalDate last = task.spans().stream().filter(span -> span.state() == TaskState.OPEN && span.effectiveDeadline() != null)
                .map(span -> span.effectiveDeadline()).max(LocalDate::compareTo).orElse(null);
        if (last == null) {
            return segments;
        }
        @Nullable RiskSegment open = null;
        for (LocalDate day = task.assignedOn(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<ProgressFacts> facts = task.factsOn(day, agency -> null);
            if (facts.isEmpty()) {
                open = close(segments, open);
                continue;
            }
            boolean atRisk = !RiskRule.assess(facts.get(), day, rules).isEmpty();
            long agency = facts.get().agencyId();
            if (open != null && open.to().equals(day) && open.agencyId() == agency && open.atRisk() == atRisk) {
                open = new RiskSegment(open.from(), day.plusDays(1), agency, atRisk);
            } else {
                close(segments, open);
                open = new RiskSegment(day, day.plusDays(1), agency, atRisk);
            }
        }
        close(segments, open);
        return segments;
    }

    private static @Nullable RiskSegment close(List<RiskSegment> segments, @Nullable RiskSegment open) {
        if (open != null) {
            segments.add(open);
        }
        return null;
    }
}
