package vn.gov.cchc.portal.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines as plans write them: each period's last day, the plan's year where the text gives none. */
class PlanPeriodsTest {

    @ParameterizedTest(name = "\"{0}\" in a plan of {1} is due {2}")
    @CsvSource(delimiter = '|', value = {
        "30/6/2024          | 2024 | 2024-06-30",
        "Tháng 6/2024       | 2024 | 2024-06-30",
        "tháng 2 năm 2024   | 2024 | 2024-02-29",
        "T12/2024           | 2024 | 2024-12-31",
        "Tháng 6            | 2025 | 2025-06-30",
        "Quý I/2024         | 2024 | 2024-03-31",
        "Quý IV/2024        | 2024 | 2024-12-31",
        "Quý 3 năm 2024     | 2024 | 2024-09-30",
        "quý II             | 2026 | 2026-06-30",
        "6 tháng đầu năm    | 2024 | 2024-06-30",
        "6 tháng cuối năm   | 2024 | 2024-12-31",
        "9 tháng            | 2024 | 2024-09-30",
        "Năm 2024           | 2023 | 2024-12-31",
        "2024               | 2024 | 2024-12-31",
        "Trước ngày 15/11/2024 | 2024 | 2024-11-15"})
    void a_period_is_due_on_its_last_day(String written, int planYear, LocalDate due) {
        assertThat(PlanPeriods.read(written, planYear)).hasValueSatisfying(reading -> {
            assertThat(reading.deadline()).isEqualTo(due);
            assertThat(reading.recurring()).isFalse();
        });
    }

    @ParameterizedTest(name = "\"{0}\" recurs without a fixed deadline")
    @CsvSource({"Thường xuyên", "Hằng năm", "Hàng năm", "thường xuyên trong năm", "Hằng quý"})
    void recurring_tasks_have_no_deadline(String written) {
        assertThat(PlanPeriods.read(written, 2024)).hasValueSatisfying(reading -> {
            assertThat(reading.deadline()).isNull();
            assertThat(reading.recurring()).isTrue();
        });
    }

    @ParameterizedTest(name = "\"{0}\" is not read")
    @CsvSource({"Quý V/2024", "Quý 0", "Tháng 13/2024", "Tháng 0/2024", "9 tháng cuối năm", "sớm", "31/13/2024", "Cuối năm nay"})
    void what_is_not_a_period_is_not_read(String written) {
        assertThat(PlanPeriods.read(written, 2024)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" needs the plan's year")
    @CsvSource({"Quý IV", "Tháng 6", "6 tháng đầu năm"})
    void a_period_without_its_year_needs_the_plans(String written) {
        assertThat(PlanPeriods.read(written, null)).isEmpty();
    }
}
