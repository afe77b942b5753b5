package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;

/** The period whose plan is counted: a year, a half-year, a quarter, or the period a session reviews. */
public record Period(LocalDate from, LocalDate to) {

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period half(int year, int half) {
        return half == 1 ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }
}
