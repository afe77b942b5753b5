package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.cchc.portal.task.TaskEventType.COMPLETION_CONFIRMED;
import static vn.gov.cchc.portal.task.TaskEventType.COMPLETION_PROPOSED;
import static vn.gov.cchc.portal.task.TaskEventType.COMPLETION_RETURNED;
import static vn.gov.cchc.portal.task.TaskEventType.PROGRESS_REPORTED;
import static vn.gov.cchc.portal.task.TaskEventType.REASSIGNED;
import static vn.gov.cchc.portal.task.TaskEventType.RESUMED;
import static vn.gov.cchc.portal.task.TaskEventType.SUSPENDED;
import static vn.gov.cchc.portal.task.TaskEventType.WITHDRAWN;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status and every boundary of the engine, as a table. Assigned 01/03/2023, deadline 30/06/2023, lead agency 7. */
class TaskStatusEngineTest {

    private static final LocalDate ASSIGNED = d("2023-03-01");
    private static final LocalDate DEADLINE = d("2023-06-30");
    private static final long LEAD = 7;
    private static final int DUE_SOON_DAYS = 3;

    static Stream<Arguments> table() {
        return Stream.of(
                // name, deadline, events, as of, basis, expected status, expected bucket
                row("before assignment it is not yet part of any plan", DEADLINE, List.of(), "2023-02-28",
                        TaskStatus.NOT_YET_ASSIGNED, StatusBucket.NOT_COUNTED),
                row("on the assignment day it is open", DEADLINE, List.of(), "2023-03-01",
                        TaskStatus.OPEN_IN_TIME, StatusBucket.OPEN_IN_TIME),
                row("four days before the deadline it is still just open", DEADLINE, List.of(), "2023-06-26",
                        TaskStatus.OPEN_IN_TIME, StatusBucket.OPEN_IN_TIME),
                row("three days before the deadline it is due soon", DEADLINE, List.of(), "2023-06-27",
                        TaskStatus.DUE_SOON, StatusBucket.OPEN_IN_TIME),
                row("on the deadline day it is due soon, not overdue", DEADLINE, List.of(), "2023-06-30",
                        TaskStatus.DUE_SOON, StatusBucket.OPEN_IN_TIME),
                row("the day after the deadline it is overdue", DEADLINE, List.of(), "2023-07-01",
                        TaskStatus.OPEN_OVERDUE, StatusBucket.OPEN_OVERDUE),
                row("without a deadline it is never overdue", null, List.of(), "2030-01-01",
                        TaskStatus.NO_DEADLINE, StatusBucket.OPEN_IN_TIME),
                row("progress reports change nothing", DEADLINE, List.of(e(PROGRESS_REPORTED, "2023-05-01")), "2023-05-02",
                        TaskStatus.OPEN_IN_TIME, StatusBucket.OPEN_IN_TIME),
                row("a proposal awaits confirmation and still counts as open", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-20")), "2023-06-21",
                        TaskStatus.AWAITING_CONFIRMATION, StatusBucket.OPEN_IN_TIME),
                row("an unconfirmed proposal past the deadline counts as overdue", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-20")), "2023-07-05",
                        TaskStatus.AWAITING_CONFIRMATION, StatusBucket.OPEN_OVERDUE),
                row("confirmed, proposed before the deadline: done on time", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-20"), e(COMPLETION_CONFIRMED, "2023-06-25")), "2023-06-25",
                        TaskStatus.DONE_ON_TIME, StatusBucket.DONE_ON_TIME),
                row("proposed on the deadline day and confirmed later: done on time", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-30"), e(COMPLETION_CONFIRMED, "2023-07-10")), "2023-07-10",
                        TaskStatus.DONE_ON_TIME, StatusBucket.DONE_ON_TIME),
                row("before the confirmation day it is not done yet", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-30"), e(COMPLETION_CONFIRMED, "2023-07-10")), "2023-07-09",
                        TaskStatus.AWAITING_CONFIRMATION, StatusBucket.OPEN_OVERDUE),
                row("proposed the day after the deadline: done late", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-07-01"), e(COMPLETION_CONFIRMED, "2023-07-02")), "2023-12-31",
                        TaskStatus.DONE_LATE, StatusBucket.DONE_LATE),
                row("a returned proposal makes it open again", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-10"), e(COMPLETION_RETURNED, "2023-06-12")), "2023-06-13",
                        TaskStatus.OPEN_IN_TIME, StatusBucket.OPEN_IN_TIME),
                row("after a return only the later proposal's day counts", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-10"), e(COMPLETION_RETURNED, "2023-06-12"),
                                e(COMPLETION_PROPOSED, "2023-07-03"), e(COMPLETION_CONFIRMED, "2023-07-04")), "2023-07-04",
                        TaskStatus.DONE_LATE, StatusBucket.DONE_LATE),
                row("proposed and confirmed the same day: done from that day", DEADLINE,
                        List.of(e(COMPLETION_PROPOSED, "2023-06-15"), e(COMPLETION_CONFIRMED, "2023-06-15")), "2023-06-15",
                        TaskStatus.DONE_ON_TIME, StatusBucket.DONE_ON_TIME),
                row("a suspended task leaves the plan", DEADLINE, List.of(e(SUSPENDED, "2023-04-01")), "2023-07-15",
                        TaskStatus.SUSPENDED, StatusBucket.NOT_COUNTED),
                row("a resumed task is back and overdue if its deadline passed", DEADLINE,
                        List.of(e(SUSPENDED, "2023-04-01"), e(RESUMED, "2023-07-02")), "2023-07-15",
                        TaskStatus.OPEN_OVERDUE, StatusBucket.OPEN_OVERDUE),
                row("before the suspension it counted", DEADLINE, List.of(e(SUSPENDED, "2023-04-01")), "2023-03-31",
                        TaskStatus.OPEN_IN_TIME, StatusBucket.OPEN_IN_TIME),
                row("a withdrawn task leaves the plan for good", DEADLINE,
                        List.of(e(WITHDRAWN, "2023-05-01"), e(COMPLETION_PROPOSED, "2023-05-02")), "2023-12-31",
                        TaskStatus.WITHDRAWN, StatusBucket.NOT_COUNTED),
                row("a reassigned task leaves its agency's plan", DEADLINE, List.of(e(REASSIGNED, "2023-05-01")), "2023-05-01",
                        TaskStatus.REASSIGNED, StatusBucket.NOT_COUNTED),
                row("a confirmation without a proposal changes nothing", DEADLINE,
                        List.of(e(COMPLETION_CONFIRMED, "2023-05-01")), "2023-05-02",
                        TaskStatus.OPEN_IN_TIME, StatusBucket.OPEN_IN_TIME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void status_as_of_a_date(String name, LocalDate deadline, List<TimelineEvent> events, LocalDate asOf,
            TaskStatus status, StatusBucket bucket) {
        List<TaskSpan> spans = TaskStatusEngine.spans(ASSIGNED, deadline, LEAD, events);
        StatusAsOf result = TaskStatusEngine.statusAsOf(spans, asOf, DeadlineBasis.EXTENDED, DUE_SOON_DAYS);
        assertThat(result.status()).isEqualTo(status);
        assertThat(result.bucket()).isEqualTo(bucket);
    }

    @Test
    void an_approved_extension_counts_from_its_approval_and_only_against_the_extended_deadline() {
        List<TaskSpan> spans = TaskStatusEngine.spans(ASSIGNED, DEADLINE, LEAD, List.of(
                new TimelineEvent(TaskEventType.EXTENSION_APPROVED, d("2023-06-28"), d("2023-09-30"), null),
                e(COMPLETION_PROPOSED, "2023-08-15"), e(COMPLETION_CONFIRMED, "2023-08-20")));

        assertThat(status(spans, "2023-07-10", DeadlineBasis.EXTENDED)).isEqualTo(TaskStatus.OPEN_IN_TIME);
        assertThat(status(spans, "2023-07-10", DeadlineBasis.ORIGINAL)).isEqualTo(TaskStatus.OPEN_OVERDUE);
        assertThat(status(spans, "2023-08-20", DeadlineBasis.EXTENDED)).isEqualTo(TaskStatus.DONE_ON_TIME);
        assertThat(status(spans, "2023-08-20", DeadlineBasis.ORIGINAL)).isEqualTo(TaskStatus.DONE_LATE);
        assertThat(TaskStatusEngine.statusAsOf(spans, d("2023-06-27"), DeadlineBasis.EXTENDED, DUE_SOON_DAYS).deadline())
                .as("before the approval the original deadline is in force").isEqualTo(DEADLINE);
    }

    @Test
    void an_extension_approved_after_the_deadline_leaves_the_overdue_days_before_it_overdue() {
        List<TaskSpan> spans = TaskStatusEngine.spans(ASSIGNED, DEADLINE, LEAD, List.of(
                new TimelineEvent(TaskEventType.EXTENSION_APPROVED, d("2023-07-10"), d("2023-08-31"), null)));
        assertThat(status(spans, "2023-07-05", DeadlineBasis.EXTENDED)).isEqualTo(TaskStatus.OPEN_OVERDUE);
        assertThat(status(spans, "2023-07-10", DeadlineBasis.EXTENDED)).isEqualTo(TaskStatus.OPEN_IN_TIME);
    }

    @Test
    void a_hand_over_to_a_successor_counts_for_the_original_agency_before_it_and_the_successor_after() {
        List<TaskSpan> spans = TaskStatusEngine.spans(ASSIGNED, null, LEAD, List.of(
                new TimelineEvent(TaskEventType.LEAD_TRANSFERRED, d("2025-07-01"), null, 99L)));
        assertThat(TaskStatusEngine.statusAsOf(spans, d("2025-06-30"), DeadlineBasis.EXTENDED, 3).agencyId()).isEqualTo(LEAD);
        assertThat(TaskStatusEngine.statusAsOf(spans, d("2025-07-01"), DeadlineBasis.EXTENDED, 3).agencyId()).isEqualTo(99L);
    }

    @Test
    void several_events_on_one_day_leave_one_span_for_that_day() {
        List<TaskSpan> spans = TaskStatusEngine.spans(ASSIGNED, DEADLINE, LEAD, List.of(
                e(COMPLETION_PROPOSED, "2023-05-05"), e(COMPLETION_RETURNED, "2023-05-05"),
                e(COMPLETION_PROPOSED, "2023-05-05")));
        assertThat(spans).extracting(TaskSpan::state)
                .containsExactly(TaskState.OPEN, TaskState.AWAITING_CONFIRMATION);
        assertThat(spans.get(1).from()).isEqualTo(d("2023-05-05"));
    }

    private static TaskStatus status(List<TaskSpan> spans, String date, DeadlineBasis basis) {
        return TaskStatusEngine.statusAsOf(spans, d(date), basis, DUE_SOON_DAYS).status();
    }

    private static Arguments row(String name, LocalDate deadline, List<TimelineEvent> events, String asOf,
            TaskStatus status, StatusBucket bucket) {
        return Arguments.of(name, deadline, events, d(asOf), status, bucket);
    }

    private static TimelineEvent e(TaskEventType type, String on) {
        return TimelineEvent.of(type, d(on));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
