package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.common.Percent;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;

/**
 * Totals over agencies, as a pure rule: counts and amounts are summed; a rate is the rate of the summed counts of
 * the agencies that reported both (never an average of rates: 100 of 200 and 900 of 1.000 make 83,33 %, not 70 %),
 * by the portal's one rate rule ({@link Percent}); a rate or a score reported without counts has no total — unless
 * a single agency reported it (the Government Office reporting a national figure): there is nothing to average, and
 * its figure stands as reported.
 */
public final class IndicatorTotals {

    private IndicatorTotals() {
    }

    /** The totals of every figure the catalogue can total, per level. */
    public static Map<Figure, BigDecimal> of(Collection<Indicator> indicators, List<Map<Figure, BigDecimal>> agencies) {
        Map<Figure, BigDecimal> totals = new HashMap<>();
        for (Indicator indicator : indicators) {
            for (IndicatorLevel level : IndicatorLevel.values()) {
                Figure figure = new Figure(indicator.code(), level);
                if (indicator.unit().additive()) {
                    agencies.stream().map(values -> values.get(figure)).filter(java.util.Objects::nonNull)
                            .reduce(BigDecimal::add).ifPresent(sum -> totals.put(figure, sum));
                } else if (indicator.rate() && rate(indicator, level, agencies).isPresent()) {
                    totals.put(figure, rate(indicator, level, agencies).get());
                } else {
                    List<BigDecimal> reported = agencies.stream().map(values -> values.get(figure))
                            .filter(java.util.Objects::nonNull).toList();
                    if (reported.size() == 1) {
                        totals.put(figure, reported.getFirst());
                    }
                }
            }
        }
        return totals;
    }

    private static java.util.Optional<BigDecimal> rate(Indicator indicator, IndicatorLevel level,
            List<Map<Figure, BigDecimal>> agencies) {
        Figure numerator = new Figure(indicator.numerator(), level);
        Figure denominator = new Figure(indicator.denominator(), level);
        BigDecimal part = BigDecimal.ZERO;
        BigDecimal whole = BigDecimal.ZERO;
        boolean any = false;
        for (Map<Figure, BigDecimal> values : agencies) {
            if (values.containsKey(numerator) && values.containsKey(denominator)) {
                part = part.add(values.get(numerator));
                whole = whole.add(values.get(denominator));
                any = true;
            }
        }
        return any && whole.signum() > 0 ? java.util.Optional.of(Percent.of(part.longValue(), whole.longValue()))
                : java.util.Optional.empty();
    }
}
