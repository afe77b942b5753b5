package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.Percent;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;

/**
 * Totals over agencies, as a pure rule (ADR 0023):
 * <ul>
 *   <li>counts and amounts are summed; a rate is the rate of the summed counts of the agencies that reported both
 *       (never an average of rates: 100 of 200 and 900 of 1.000 make 83,33 %, not 70 %), by the portal's one rate
 *       rule ({@link Percent}); a rate or a score reported without counts has no total;</li>
 *   <li>a total needs at least {@value #MIN_REPORTERS} agencies behind it: one agency's figure is that agency's, never
 *       its group's or the nation's (Cao Bằng's 185.969 dossiers are not the provinces' total);</li>
 *   <li>each total says how many of the agencies asked are behind it;</li>
 *   <li>the national reporter's figures stand as it reported them, at every level it gave, with the rates of its own
 *       counts where it gave counts only ({@link #reported}).</li>
 * </ul>
 */
public final class IndicatorTotals {

    public static final int MIN_REPORTERS = 2;

    private IndicatorTotals() {
    }

    /** The totals of every figure the catalogue can total, per level, over the agencies' accepted values. */
    public static Map<Figure, Total> of(Collection<Indicator> indicators, List<Map<Figure, BigDecimal>> agencies, int asked) {
        Map<Figure, Total> totals = new HashMap<>();
        for (Indicator indicator : indicators) {
            for (IndicatorLevel level : IndicatorLevel.values()) {
                Figure figure = new Figure(indicator.code(), level);
                if (indicator.unit().additive()) {
                    List<BigDecimal> reported = agencies.stream().map(values -> values.get(figure)).filter(Objects::nonNull).toList();
                    if (reported.size() >= MIN_REPORTERS) {
                        totals.put(figure, new Total(reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add), null,
                                reported.size(), asked));
                    }
                } else if (indicator.rate()) {
                    rate(indicator, level, agencies, MIN_REPORTERS).ifPresent(summed -> totals.put(figure,
                            new Total(summed.value(), null, summed.reporters(), asked)));
                }
            }
        }
        return totals;
    }

    /** The national reporter's figures as it gave them, and the rates of its own counts where it gave no rate. */
    public static Map<Figure, Total> reported(Collection<Indicator> indicators, Map<Figure, BigDecimal> values, AgencyName reporter) {
        Map<Figure, Total> figures = new HashMap<>();
        values.forEach((figure, value) -> figures.put(figure, Total.reported(value, reporter)));
        for (Indicator indicator : indicators) {
            if (indicator.rate()) {
                for (IndicatorLevel level : IndicatorLevel.values()) {
                    Figure figure = new Figure(indicator.code(), level);
                    if (!figures.containsKey(figure)) {
                        rate(indicator, level, List.of(values), 1).ifPresent(summed ->
                                figures.put(figure, Total.reported(summed.value(), reporter)));
                    }
                }
            }
        }
        return figures;
    }

    private record Summed(BigDecimal value, int reporters) {
    }

    private static Optional<Summed> rate(Indicator indicator, IndicatorLevel level, List<Map<Figure, BigDecimal>> agencies,
            int minimum) {
        Figure numerator = new Figure(Objects.requireNonNull(indicator.numerator()), level);
        Figure denominator = new Figure(Objects.requireNonNull(indicator.denominator()), level);
        BigDecimal part = BigDecimal.ZERO;
        BigDecimal whole = BigDecimal.ZERO;
        int reporters = 0;
        for (Map<Figure, BigDecimal> values : agencies) {
            if (values.containsKey(numerator) && values.containsKey(denominator)) {
                part = part.add(values.get(numerator));
                whole = whole.add(values.get(denominator));
                reporters++;
            }
        }
        return reporters >= minimum && whole.signum() > 0
                ? Optional.of(new Summed(Percent.of(part.longValue(), whole.longValue()), reporters))
                : Optional.empty();
    }
}
