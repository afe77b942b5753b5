package vn.gov.cchc.portal.task.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.task.TaskActivity;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskStatusEngine;
import vn.gov.cchc.portal.task.TimelineEvent;

/**
 * Appends an entry to a task's history and brings the task's derived state (current state, deadline and lead
 * agency, its spans for "as of" queries and the running counts) in line with the status engine.
 */
@Component
public class TaskLedger {

    private final TaskEventRepository events;
    private final TaskSpanRepository spans;
    private final TaskSearch search;
    private final FigurePoints figures;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TaskLedger(TaskEventRepository events, TaskSpanRepository spans, TaskSearch search,
            FigurePoints figures, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.spans = spans;
        this.search = search;
        this.figures = figures;
        this.publisher = publisher;
        this.clock = clock;
    }

    public TaskEventEntry record(Task task, TaskEventType type, String actor, EventDetails details) {
        Instant now = clock.instant();
        return recordAt(task, type, actor, details, now, now.atZone(PortalTime.ZONE).toLocalDate());
    }

    /**
     * As {@link #record}, at a given moment and taking effect on a given day (a merge recorded after its effective
     * date; demo data that replays a past history).
     */
    public TaskEventEntry recordAt(Task task, TaskEventType type, String actor, EventDetails details, Instant at,
            LocalDate effectiveOn) {
        return append(task, new TaskEventEntry(task.getId(), type, at, effectiveOn, actor, details), false);
    }

    /**
     * As {@link #record} for the first entry of a task just saved (its assignment): its history is that entry and it
     * has no spans yet, so nothing is read back (a plan import assigns thousands at once).
     */
    public TaskEventEntry recordFirst(Task task, TaskEventType type, String actor, EventDetails details) {
        Instant now = clock.instant();
        return append(task, new TaskEventEntry(task.getId(), type, now, now.atZone(PortalTime.ZONE).toLocalDate(), actor,
                details), true);
    }

    private TaskEventEntry append(Task task, TaskEventEntry unsaved, boolean first) {
        TaskEventEntry entry = events.save(unsaved);
        if (!task.isDirective() && first) {
            project(task, List.of(entry), List.of());
        } else if (!task.isDirective()) {
            project(task, events.findByTaskIdOrderByIdAsc(task.getId()),
                    spans.findByTaskIds(List.of(task.getId())).stream().map(TaskSpanEntry::toSpan).toList());
        }
        search.invalidate();
        publisher.publishEvent(new TaskActivity(task.getId(), entry.getType(), task.getLeadAgencyId(), task.getTitle(),
                entry.getActor()));
        return entry;
    }

    private void project(Task task, List<TaskEventEntry> history, List<TaskSpan> before) {
        long initialLead = history.stream().filter(e -> e.getType() == TaskEventType.ASSIGNED).findFirst()
                .map(TaskEventEntry::getToAgencyId).orElse(task.getLeadAgencyId());
        List<TimelineEvent> timeline = history.stream().map(TaskEventEntry::toTimelineEvent).toList();
        List<TaskSpan> projected = TaskStatusEngine.spans(task.getAssignedOn(), task.getOriginalDeadline(), initialLead,
                timeline);
        // a progress report or a note leaves the spans as they were: nothing to rewrite, no figures to change (and
        // no turn to take among the writers of the figures, ADR 0022)
        if (!projected.equals(before)) {
            if (!before.isEmpty()) {
                // a new task has nothing to delete, and deleting nothing would lock the index gap that concurrent
                // assignments insert into (and deadlock them)
                spans.deleteByTaskId(task.getId());
            }
            spans.saveAll(projected.stream()
                    .map(span -> new TaskSpanEntry(task.getId(), task.getPlanDate(), task.getArea(),
                            task.getPlanId() != null, span)).toList());
            figures.record(task.getPlanDate(), task.getArea(), before, projected);
        }
        TaskSpan current = projected.getLast();
        task.moveTo(current.state(), current.effectiveDeadline(), current.agencyId(), current.completedOn());
        task.keep(PendingWork.of(history.stream()
                .map(e -> new PendingWork.Entry(e.getType(), e.getOccurredAt(), e.getEffectiveOn())).toList()));
    }
}
