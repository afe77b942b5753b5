package vn.gov.cchc.portal.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PlanMonthsTest {

    @Test
    void a_half_year_is_six_whole_months_and_no_days() {
        PlanMonths months = PlanMonths.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));
        assertThat(months.first()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(months.last()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(months.days()).isEmpty();
    }

    @Test
    void a_period_ending_late_in_a_month_counts_the_month_less_its_last_days() {
        PlanMonths months = PlanMonths.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 21));
        assertThat(months.last()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(months.days()).containsExactly(
                new PlanMonths.Days(LocalDate.of(2023, 6, 22), LocalDate.of(2023, 6, 30), -1));
    }

    @Test
    void a_period_starting_late_in_a_month_adds_those_days_to_the_whole_months_after() {
        PlanMonths months = PlanMonths.of(LocalDate.of(2023, 1, 25), LocalDate.of(2023, 3, 31));
        assertThat(months.first()).isEqualTo(YearMonth.of(2023, 2));
        assertThat(months.days()).containsExactly(
                new PlanMonths.Days(LocalDate.of(2023, 1, 25), LocalDate.of(2023, 1, 31), 1));
    }

    @Test
    void a_few_days_inside_one_month_are_read_as_days() {
        PlanMonths months = PlanMonths.of(LocalDate.of(2023, 2, 10), LocalDate.of(2023, 2, 12));
        assertThat(months.first()).isNull();
        assertThat(months.days()).containsExactly(
                new PlanMonths.Days(LocalDate.of(2023, 2, 10), LocalDate.of(2023, 2, 12), 1));
    }
}
