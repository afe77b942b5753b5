package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks the secretariat makes on a submission, as a pure rule: it never changes a figure, it says where the
 * figures disagree and with what.
 *
 * <ul>
 *   <li><b>A typed rate against its counts</b>: the rate of the counts, rounded half-up to as many decimals as the
 *       agency typed, must equal the typed rate (8,9 % agrees with 50.264 / 562.934 = 8,929… %; 75,22 % does not
 *       agree with 92.392 / 112.835 = 81,88 %). Checked per level, wherever both counts are reported and the whole
 *       is not zero.</li>
 *   <li><b>Levels against the total</b>, for counts and amounts: when every level of the agency's group is reported
 *       with the total, they must add up to it exactly.</li>
 *   <li><b>A part above its whole</b>: a rate's numerator above its denominator, per level.</li>
 *   <li><b>The same figure twice</b>: an indicator that names another as counting the same thing
 *       ({@link Indicator#sameAs}) must give the same number at the same level when both are reported.</li>
 *   <li><b>Far from history</b>: with at least two previous periods of the same figure (indicator and level), a value
 *       above three times their median or below a third of it, when the median is above zero.</li>
 * </ul>
 * The result is in catalogue order, then by level.
 */
public final class IndicatorChecks {

    static final BigDecimal HISTORY_FACTOR = BigDecimal.valueOf(3);
    static final int HISTORY_MINIMUM = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A figure: an indicator at a level. */
    public record Figure(String code, IndicatorLevel level) {
    }

    private IndicatorChecks() {
    }

    /**
     * @param catalogue the indicators in force for the period, by code
     * @param levels    the levels of the agency's group on the cut-off date
     * @param values    the submission
     * @param history   the accepted values of the agency's previous periods, per figure
     */
    public static List<Disagreement> check(Map<String, Indicator> catalogue, List<IndicatorLevel> levels,
            List<ReportedValue> values, Map<Figure, List<BigDecimal>> history) {
        Map<Figure, BigDecimal> byFigure = new HashMap<>();
        values.forEach(value -> byFigure.put(new Figure(value.code(), value.level()), value.value()));
        List<Disagreement> found = new ArrayList<>();
        for (ReportedValue value : values) {
            Indicator indicator = catalogue.get(value.code());
            if (indicator == null) {
                continue;
            }
            if (indicator.rate()) {
                rate(indicator, value, byFigure).ifPresent(found::add);
            }
            far(value, history.getOrDefault(new Figure(value.code(), value.level()), List.of())).ifPresent(found::add);
        }
        for (Indicator indicator : catalogue.values()) {
            if (indicator.unit().additive()) {
                levels(indicator, levels, byFigure).ifPresent(found::add);
            }
            for (IndicatorLevel level : IndicatorLevel.values()) {
                if (indicator.rate()) {
                    partAboveWhole(indicator, level, byFigure).ifPresent(found::add);
                }
                sameFigure(indicator, level, byFigure).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingInt((Disagreement d) -> position(catalogue, d.code()))
                .thenComparing(Disagreement::level).thenComparing(Disagreement::kind));
        return found;
    }

    /** The rate of the counts in percent, half-up to {@code scale} decimals. */
    public static BigDecimal rate(BigDecimal part, BigDecimal whole, int scale) {
        return part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP);
    }

    private static Optional<Disagreement> rate(Indicator indicator, ReportedValue typed, Map<Figure, BigDecimal> byFigure) {
        BigDecimal part = byFigure.get(new Figure(indicator.numerator(), typed.level()));
        BigDecimal whole = byFigure.get(new Figure(indicator.denominator(), typed.level()));
        if (part == null || whole == null || whole.signum() == 0) {
            return Optional.empty();
        }
        int scale = Math.max(0, typed.value().stripTrailingZeros().scale());
        BigDecimal computed = rate(part, whole, scale);
        if (computed.compareTo(typed.value()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Disagreement(DisagreementKind.RATE_DIFFERS, indicator.code(), typed.level(),
                typed.value(), rate(part, whole, Math.max(2, scale))));
    }

    private static Optional<Disagreement> levels(Indicator indicator, List<IndicatorLevel> levels,
            Map<Figure, BigDecimal> byFigure) {
        BigDecimal total = byFigure.get(new Figure(indicator.code(), IndicatorLevel.TOTAL));
        if (total == null || levels.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorLevel level : levels) {
            BigDecimal value = byFigure.get(new Figure(indicator.code(), level));
            if (value == null) {
                return Optional.empty();
            }
            sum = sum.add(value);
        }
        return sum.compareTo(total) == 0 ? Optional.empty() : Optional.of(new Disagreement(
                DisagreementKind.LEVELS_DO_NOT_ADD_UP, indicator.code(), IndicatorLevel.TOTAL, total, sum));
    }

    private static Optional<Disagreement> partAboveWhole(Indicator indicator, IndicatorLevel level,
            Map<Figure, BigDecimal> byFigure) {
        BigDecimal part = byFigure.get(new Figure(indicator.numerator(), level));
        BigDecimal whole = byFigure.get(new Figure(indicator.denominator(), level));
        return part == null || whole == null || part.compareTo(whole) <= 0 ? Optional.empty()
                : Optional.of(new Disagreement(DisagreementKind.PART_ABOVE_WHOLE, indicator.numerator(), level,
                        part, whole));
    }

    private static Optional<Disagreement> sameFigure(Indicator indicator, IndicatorLevel level,
            Map<Figure, BigDecimal> byFigure) {
        if (indicator.sameAs() == null) {
            return Optional.empty();
        }
        BigDecimal value = byFigure.get(new Figure(indicator.code(), level));
        BigDecimal other = byFigure.get(new Figure(indicator.sameAs(), level));
        return value == null || other == null || value.compareTo(other) == 0 ? Optional.empty()
                : Optional.of(new Disagreement(DisagreementKind.SAME_FIGURE_DIFFERS, indicator.code(), level, value, other));
    }

    private static Optional<Disagreement> far(ReportedValue value, List<BigDecimal> previous) {
        if (previous.size() < HISTORY_MINIMUM) {
            return Optional.empty();
        }
        BigDecimal median = median(previous);
        if (median.signum() <= 0) {
            return Optional.empty();
        }
        boolean far = value.value().compareTo(median.multiply(HISTORY_FACTOR)) > 0
                || value.value().multiply(HISTORY_FACTOR).compareTo(median) < 0;
        return far ? Optional.of(new Disagreement(DisagreementKind.FAR_FROM_HISTORY, value.code(),
                value.level(), value.value(), median)) : Optional.empty();
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, 4, RoundingMode.HALF_UP);
    }

    private static int position(Map<String, Indicator> catalogue, String code) {
        Indicator indicator = catalogue.get(code);
        return indicator == null ? Integer.MAX_VALUE : indicator.position();
    }
}
