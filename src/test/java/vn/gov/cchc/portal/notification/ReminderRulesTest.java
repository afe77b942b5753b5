package vn.gov.cchc.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.notification.ReminderRules.Reminder;

/**
 * Each reminder step on its day, for a task due on Friday 18/12/2026, under the default rules: 7 and 3 days before,
 * on the day, weekly when overdue; the leaders from 7 days overdue, the secretariat's follower from 30.
 */
class ReminderRulesTest {

    private static final ReminderRules RULES = ReminderRules.DEFAULTS;
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 18);

    @Test
    void before_the_deadline_within_seven_days_then_within_three_then_on_the_day() {
        assertThat(step(DEADLINE.minusDays(8))).isEmpty();
        assertThat(step(DEADLINE.minusDays(7))).contains("before-7");
        assertThat(step(DEADLINE.minusDays(4))).as("the same step: reminded once").contains("before-7");
        assertThat(step(DEADLINE.minusDays(3))).contains("before-3");
        assertThat(step(DEADLINE.minusDays(1))).contains("before-3");
        assertThat(step(DEADLINE)).contains("on-day");
        assertThat(audience(DEADLINE)).isEqualTo(ReminderAudience.OFFICERS);
    }

    @Test
    void overdue_the_day_after_then_every_week() {
        assertThat(step(DEADLINE.plusDays(1))).contains("overdue-0");
        assertThat(step(DEADLINE.plusDays(7))).contains("overdue-0");
        assertThat(step(DEADLINE.plusDays(8))).contains("overdue-1");
        assertThat(step(DEADLINE.plusDays(15))).contains("overdue-2");
    }

    @Test
    void the_leaders_hear_from_seven_days_overdue_and_the_follower_from_thirty() {
        assertThat(audience(DEADLINE.plusDays(6))).isEqualTo(ReminderAudience.OFFICERS);
        assertThat(audience(DEADLINE.plusDays(7))).isEqualTo(ReminderAudience.LEADERS);
        assertThat(audience(DEADLINE.plusDays(29))).isEqualTo(ReminderAudience.LEADERS);
        assertThat(audience(DEADLINE.plusDays(30))).isEqualTo(ReminderAudience.FOLLOWER);
    }

    @Test
    void the_day_the_audience_widens_only_the_newcomers_hear_the_current_step() {
        Reminder dayOne = RULES.reminder(DEADLINE, DEADLINE.plusDays(1)).orElseThrow();
        assertThat(dayOne.newcomers(null)).containsExactly(ReminderAudience.OFFICERS);
        Reminder daySix = RULES.reminder(DEADLINE, DEADLINE.plusDays(6)).orElseThrow();
        assertThat(daySix.newcomers(dayOne.key())).as("said already").isEmpty();
        Reminder daySeven = RULES.reminder(DEADLINE, DEADLINE.plusDays(7)).orElseThrow();
        assertThat(daySeven.newcomers(dayOne.key())).containsExactly(ReminderAudience.LEADERS);
        Reminder dayEight = RULES.reminder(DEADLINE, DEADLINE.plusDays(8)).orElseThrow();
        assertThat(dayEight.newcomers(daySeven.key())).as("a new week: everyone")
                .containsExactly(ReminderAudience.OFFICERS, ReminderAudience.LEADERS);
        Reminder dayThirty = RULES.reminder(DEADLINE, DEADLINE.plusDays(30)).orElseThrow();
        assertThat(dayThirty.newcomers(RULES.reminder(DEADLINE, DEADLINE.plusDays(29)).orElseThrow().key()))
                .containsExactly(ReminderAudience.FOLLOWER);
    }

    @Test
    void a_run_missed_for_days_still_reaches_everyone_the_task_has_come_to() {
        Reminder late = RULES.reminder(DEADLINE, DEADLINE.plusDays(40)).orElseThrow();
        assertThat(late.newcomers(null)).containsExactly(ReminderAudience.OFFICERS, ReminderAudience.LEADERS,
                ReminderAudience.FOLLOWER);
    }

    @Test
    void an_extension_is_a_new_deadline_and_starts_the_steps_again() {
        Reminder before = RULES.reminder(DEADLINE, DEADLINE.plusDays(10)).orElseThrow();
        LocalDate extended = DEADLINE.plusDays(60);
        Reminder after = RULES.reminder(extended, extended.minusDays(7)).orElseThrow();
        assertThat(after.newcomers(before.key())).containsExactly(ReminderAudience.OFFICERS);
    }

    @Test
    void the_deadline_day_can_be_left_without_its_own_reminder() {
        ReminderRules quiet = new ReminderRules(List.of(5), false, 3, 3, 10, 5, 5);
        assertThat(quiet.reminder(DEADLINE, DEADLINE)).isEmpty();
        assertThat(quiet.reminder(DEADLINE, DEADLINE.plusDays(4)).map(Reminder::step)).contains("overdue-1");
    }

    @Test
    void the_morning_run_looks_as_far_ahead_as_the_widest_window() {
        assertThat(RULES.window()).isEqualTo(7);
        ReminderRules wide = new ReminderRules(List.of(3, 10), true, 7, 7, 30, 5, 5);
        assertThat(wide.reminder(DEADLINE, DEADLINE.minusDays(9)).map(Reminder::step)).contains("before-10");
    }

    @Test
    void a_request_waiting_for_the_secretariat_is_reminded_after_five_days_then_every_five() {
        LocalDate since = LocalDate.of(2026, 12, 1);
        assertThat(RULES.waitingStep(since, since.plusDays(4))).isEmpty();
        assertThat(RULES.waitingStep(since, since.plusDays(5))).contains("since-2026-12-01:waiting-0");
        assertThat(RULES.waitingStep(since, since.plusDays(9))).contains("since-2026-12-01:waiting-0");
        assertThat(RULES.waitingStep(since, since.plusDays(10))).contains("since-2026-12-01:waiting-1");
    }

    private static Optional<String> step(LocalDate today) {
        return RULES.reminder(DEADLINE, today).map(Reminder::step);
    }

    private static ReminderAudience audience(LocalDate today) {
        return RULES.reminder(DEADLINE, today).orElseThrow().audience();
    }
}
