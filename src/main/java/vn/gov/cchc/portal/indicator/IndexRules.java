package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ValidationException.FieldError;

/**
 * What an index result must meet, on the screen and in an import alike: only the scores the index has; no score
 * below zero or above the framework's maximum (a percentage at most 100); per-area percentages of the framework's
 * areas, at most 100; a total or a rank at least; and where the index adds an appraised score and a survey score
 * into its total (PAR INDEX), the total is their sum (to 0,02, for rounding in the published tables).
 * <p>
 * Fields: {@code self}, {@code appraised}, {@code survey}, {@code total}, {@code rank}, {@code area/CODE}.
 */
public final class IndexRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ROUNDING = new BigDecimal("0.02");

    private IndexRules() {
    }

    public static List<FieldError> problems(IndexFramework framework, IndexScores scores) {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal max = framework.ceiling();
        score(problems, "self", scores.self(), framework.selfAssessed(), max);
        score(problems, "appraised", scores.appraised(), framework.appraised(), max);
        score(problems, "survey", scores.survey(), framework.surveyed(), max);
        score(problems, "total", scores.total(), true, max);
        Set<String> areas = framework.areas().stream().map(IndexItem::code).collect(Collectors.toSet());
        for (Map.Entry<String, BigDecimal> area : scores.areas().entrySet()) {
            score(problems, "area/" + area.getKey(), area.getValue(), areas.contains(area.getKey()), HUNDRED);
        }
        if (scores.rank() != null && scores.rank() < 1) {
            problems.add(new FieldError("rank", "index.validation.rank"));
        }
        if (scores.total() == null && scores.rank() == null) {
            problems.add(new FieldError("total", "index.validation.nothing"));
        }
        if (framework.appraised() && framework.surveyed() && scores.appraised() != null && scores.survey() != null
                && scores.total() != null) {
            BigDecimal sum = scores.appraised().add(scores.survey());
            if (sum.subtract(scores.total()).abs().compareTo(ROUNDING) > 0) {
                problems.add(new FieldError("total", "index.validation.totalNotSum", Formats.number(sum)));
            }
        }
        return problems;
    }

    private static void score(List<FieldError> problems, String field, @Nullable BigDecimal value, boolean has,
            @Nullable BigDecimal max) {
        if (value == null) {
            return;
        }
        if (!has) {
            problems.add(new FieldError(field, "index.validation.notInIndex"));
        } else if (value.signum() < 0) {
            problems.add(new FieldError(field, "indicator.validation.negative"));
        } else if (max != null && value.compareTo(max) > 0) {
            problems.add(new FieldError(field, "index.validation.aboveMax", Formats.number(max)));
        }
    }
}
