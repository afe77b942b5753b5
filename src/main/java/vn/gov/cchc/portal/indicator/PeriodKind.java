package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;

/** The periods agencies report for: a quarter, a half-year, the first nine months, the year. */
public enum PeriodKind {
    QUARTER(4),
    HALF_YEAR(2),
    NINE_MONTHS(1),
    YEAR(1);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** How many such periods a year has (the valid numbers are 1 to this). */
    public int perYear() {
        return perYear;
    }

    /** The first day of period {@code number} of the year. */
    public LocalDate from(int year, int number) {
        return switch (this) {
            case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
            case HALF_YEAR -> LocalDate.of(year, 6 * number - 5, 1);
            case NINE_MONTHS, YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of period {@code number} of the year. */
    public LocalDate to(int year, int number) {
        return switch (this) {
            case QUARTER -> LocalDate.of(year, 3 * number, 1).plusMonths(1).minusDays(1);
            case HALF_YEAR -> number == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case NINE_MONTHS -> LocalDate.of(year, 9, 30);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    public String messageKey() {
        return "indicator.period." + name();
    }
}
