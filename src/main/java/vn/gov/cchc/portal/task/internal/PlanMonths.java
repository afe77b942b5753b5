package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period split into the whole calendar months it covers (read from the running counts) and the days before and
 * after them (read from the spans); {@code first} and {@code last} are null when it covers no whole month.
 */
record PlanMonths(YearMonth first, YearMonth last, List<LocalDate[]> edgeDays) {

    static PlanMonths of(LocalDate from, LocalDate to) {
        LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeTo = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        if (wholeFrom.isAfter(wholeTo)) {
            return new PlanMonths(null, null, List.<LocalDate[]>of(new LocalDate[] {from, to}));
        }
        List<LocalDate[]> edges = new ArrayList<>();
        if (from.isBefore(wholeFrom)) {
            edges.add(new LocalDate[] {from, wholeFrom.minusDays(1)});
        }
        if (to.isAfter(wholeTo)) {
            edges.add(new LocalDate[] {wholeTo.plusDays(1), to});
        }
        return new PlanMonths(YearMonth.from(wholeFrom), YearMonth.from(wholeTo), edges);
    }

    static int code(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
