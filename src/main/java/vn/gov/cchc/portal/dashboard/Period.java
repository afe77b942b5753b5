package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

/** The period whose plan is counted: a year, a half-year, a quarter, or the period a session reviews. */
public record Period(LocalDate from, LocalDate to) {

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period half(int year, int half) {
        return half == 1 ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
}
