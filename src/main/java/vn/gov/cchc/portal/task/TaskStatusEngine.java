package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one place that decides a task's status, as a pure function of its history. Boundaries (see
 * docs/decisions/0008-task-status-engine.md):
 * <ul>
 * <li>days are calendar days in Vietnam (events are stamped in UTC and converted before they get here);</li>
 * <li>the status "as of" a day is the status at the end of that day, after all its events;</li>
 * <li>a task is done only once the secretariat confirms it; it then counts as done from the day of confirmation,
 * and it is on time when its completion was proposed on or before the deadline (the deadline day itself is on
 * time);</li>
 * <li>open tasks are overdue from the day after the deadline, and due soon when the deadline is 0..N days away;</li>
 * <li>a task awaiting confirmation counts as open (in time or overdue) until it is confirmed;</li>
 * <li>suspended, withdrawn and reassigned tasks are not part of the plan while so.</li>
 * </ul>
 */
public final class TaskStatusEngine {

    private TaskStatusEngine() {
    }

    public static List<TaskSpan> spans(LocalDate assignedOn, LocalDate originalDeadline, long leadAgencyId,
            List<TimelineEvent> events) {
        List<TimelineEvent> ordered = events.stream().sorted(Comparator.comparing(TimelineEvent::on)).toList();
        List<TaskSpan> spans = new ArrayList<>();
        Cursor cursor = new Cursor(assignedOn, TaskState.OPEN, leadAgencyId, originalDeadline, null, null);
        for (TimelineEvent event : ordered) {
            if (event.type() == TaskEventType.ASSIGNED) {
                continue;
            }
            Cursor next = cursor.apply(event, originalDeadline);
            if (next.differsFrom(cursor)) {
                LocalDate on = event.on().isBefore(cursor.from) ? cursor.from : event.on();
                if (!on.equals(cursor.from)) {
                    spans.add(cursor.toSpan(on, originalDeadline));
                }
                cursor = next.startingOn(on);
            }
        }
        spans.add(cursor.toSpan(null, originalDeadline));
        return List.copyOf(spans);
    }

    public static StatusAsOf statusAsOf(List<TaskSpan> spans, LocalDate date, DeadlineBasis basis, int dueSoonDays) {
        TaskSpan span = spans.stream().filter(candidate -> candidate.covers(date)).findFirst().orElse(null);
        if (span == null) {
            return new StatusAsOf(TaskStatus.NOT_YET_ASSIGNED, StatusBucket.NOT_COUNTED, null, null);
        }
        LocalDate deadline = basis == DeadlineBasis.ORIGINAL ? span.originalDeadline() : span.effectiveDeadline();
        boolean pastDeadline = deadline != null && date.isAfter(deadline);
        return switch (span.state()) {
            case DONE -> deadline == null || !span.completedOn().isAfter(deadline)
                    ? result(TaskStatus.DONE_ON_TIME, StatusBucket.DONE_ON_TIME, deadline, span)
                    : result(TaskStatus.DONE_LATE, StatusBucket.DONE_LATE, deadline, span);
            case AWAITING_CONFIRMATION -> result(TaskStatus.AWAITING_CONFIRMATION,
                    pastDeadline ? StatusBucket.OPEN_OVERDUE : StatusBucket.OPEN_IN_TIME, deadline, span);
            case OPEN -> open(date, deadline, dueSoonDays, span);
            case SUSPENDED -> result(TaskStatus.SUSPENDED, StatusBucket.NOT_COUNTED, deadline, span);
            case WITHDRAWN -> result(TaskStatus.WITHDRAWN, StatusBucket.NOT_COUNTED, deadline, span);
            case REASSIGNED -> result(TaskStatus.REASSIGNED, StatusBucket.NOT_COUNTED, deadline, span);
        };
    }

    private static StatusAsOf open(LocalDate date, LocalDate deadline, int dueSoonDays, TaskSpan span) {
        if (deadline == null) {
            return result(TaskStatus.NO_DEADLINE, StatusBucket.OPEN_IN_TIME, null, span);
        }
        if (date.isAfter(deadline)) {
            return result(TaskStatus.OPEN_OVERDUE, StatusBucket.OPEN_OVERDUE, deadline, span);
        }
        long daysLeft = ChronoUnit.DAYS.between(date, deadline);
        return daysLeft <= dueSoonDays ? result(TaskStatus.DUE_SOON, StatusBucket.OPEN_IN_TIME, deadline, span)
                : result(TaskStatus.OPEN_IN_TIME, StatusBucket.OPEN_IN_TIME, deadline, span);
    }

    private static StatusAsOf result(TaskStatus status, StatusBucket bucket, LocalDate deadline, TaskSpan span) {
        return new StatusAsOf(status, bucket, deadline, span.agencyId());
    }

    /** The state between two events; {@code proposedOn} remembers a pending completion proposal. */
    private record Cursor(LocalDate from, TaskState state, long agencyId, LocalDate effectiveDeadline,
            LocalDate proposedOn, LocalDate completedOn) {

        Cursor apply(TimelineEvent event, LocalDate originalDeadline) {
            return switch (event.type()) {
                case COMPLETION_PROPOSED -> state == TaskState.OPEN ? with(TaskState.AWAITING_CONFIRMATION, event.on(), null) : this;
                case COMPLETION_CONFIRMED -> state == TaskState.AWAITING_CONFIRMATION ? with(TaskState.DONE, proposedOn, proposedOn) : this;
                case COMPLETION_RETURNED -> state == TaskState.AWAITING_CONFIRMATION ? with(TaskState.OPEN, null, null) : this;
                case EXTENSION_APPROVED -> event.newDeadline() == null || isFinal() ? this
                        : new Cursor(from, state, agencyId, event.newDeadline(), proposedOn, completedOn);
                case SUSPENDED -> state == TaskState.OPEN ? with(TaskState.SUSPENDED, null, null) : this;
                case RESUMED -> state == TaskState.SUSPENDED ? with(TaskState.OPEN, null, null) : this;
                case WITHDRAWN -> isFinal() ? this : with(TaskState.WITHDRAWN, null, null);
                case REASSIGNED -> isFinal() ? this : with(TaskState.REASSIGNED, null, null);
                case LEAD_TRANSFERRED -> event.newAgencyId() == null || isFinal() ? this
                        : new Cursor(from, state, event.newAgencyId(), effectiveDeadline, proposedOn, completedOn);
                case ASSIGNED, PROGRESS_REPORTED, EXTENSION_REQUESTED, EXTENSION_REFUSED, REMINDER_SENT -> this;
            };
        }

        private boolean isFinal() {
            return state == TaskState.DONE || state == TaskState.WITHDRAWN || state == TaskState.REASSIGNED;
        }

        private Cursor with(TaskState newState, LocalDate proposed, LocalDate completed) {
            return new Cursor(from, newState, agencyId, effectiveDeadline, proposed, completed);
        }

        Cursor startingOn(LocalDate day) {
            return new Cursor(day, state, agencyId, effectiveDeadline, proposedOn, completedOn);
        }

        boolean differsFrom(Cursor other) {
            return state != other.state || agencyId != other.agencyId
                    || !Objects.equals(effectiveDeadline, other.effectiveDeadline);
        }

        TaskSpan toSpan(LocalDate to, LocalDate originalDeadline) {
            return new TaskSpan(from, to, state, agencyId, originalDeadline, effectiveDeadline, completedOn);
        }
    }
}
