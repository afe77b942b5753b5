package vn.gov.cchc.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each reminder step on its day, for a task due on Friday 18/12/2026 (the default rules: 7 and 3 days, weekly). */
class ReminderRulesTest {

    private static final ReminderRules RULES = new ReminderRules(List.of(7, 3), 7);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 18);

    @Test
    void before_the_deadline_within_seven_days_then_within_three_then_on_the_day() {
        assertThat(step(DEADLINE.minusDays(8))).isEmpty();
        assertThat(step(DEADLINE.minusDays(7))).contains("before-7");
        assertThat(step(DEADLINE.minusDays(4))).as("the same step: reminded once").contains("before-7");
        assertThat(step(DEADLINE.minusDays(3))).contains("before-3");
        assertThat(step(DEADLINE.minusDays(1))).contains("before-3");
        assertThat(step(DEADLINE)).contains("on-day");
    }

    @Test
    void overdue_the_day_after_then_every_week() {
        assertThat(step(DEADLINE.plusDays(1))).contains("overdue-0");
        assertThat(step(DEADLINE.plusDays(7))).contains("overdue-0");
        assertThat(step(DEADLINE.plusDays(8))).contains("overdue-1");
        assertThat(step(DEADLINE.plusDays(15))).contains("overdue-2");
    }

    @Test
    void the_morning_run_looks_as_far_ahead_as_the_widest_window() {
        assertThat(RULES.window()).isEqualTo(7);
        assertThat(new ReminderRules(List.of(3, 10), 7).step(DEADLINE, DEADLINE.minusDays(9))).contains("before-10");
    }

    private static Optional<String> step(LocalDate today) {
        return RULES.step(DEADLINE, today);
    }
}
