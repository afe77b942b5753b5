package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A period as whole calendar months (read from the running counts, {@code first} to {@code last}, null when none)
 * plus or minus runs of days (read from the spans). A month the period covers for the most part counts whole,
 * less the days it leaves out, so that at most half a month of spans is read at either end.
 */
record PlanMonths(YearMonth first, YearMonth last, List<Days> days) {

    /** Days whose tasks are added ({@code sign} 1) or taken away (-1). */
    record Days(LocalDate from, LocalDate to, int sign) {
    }

    static PlanMonths of(LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        List<Days> days = new ArrayList<>();
        if (first.equals(last)) {
            if (!mostOf(first, from, to)) {
                return new PlanMonths(null, null, List.of(new Days(from, to, 1)));
            }
            leaveOut(days, first.atDay(1), from.minusDays(1));
            leaveOut(days, to.plusDays(1), first.atEndOfMonth());
            return new PlanMonths(first, first, days);
        }
        if (mostOf(first, from, first.atEndOfMonth())) {
            leaveOut(days, first.atDay(1), from.minusDays(1));
        } else {
            days.add(new Days(from, first.atEndOfMonth(), 1));
            first = first.plusMonths(1);
        }
        if (mostOf(last, last.atDay(1), to)) {
            leaveOut(days, to.plusDays(1), last.atEndOfMonth());
        } else {
            days.add(new Days(last.atDay(1), to, 1));
            last = last.minusMonths(1);
        }
        return first.isAfter(last) ? new PlanMonths(null, null, days) : new PlanMonths(first, last, days);
    }

    static int code(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static boolean mostOf(YearMonth month, LocalDate from, LocalDate to) {
        return 2 * (ChronoUnit.DAYS.between(from, to) + 1) > month.lengthOfMonth();
    }

    private static void leaveOut(List<Days> days, LocalDate from, LocalDate to) {
        if (!from.isAfter(to)) {
            days.add(new Days(from, to, -1));
        }
    }
}
