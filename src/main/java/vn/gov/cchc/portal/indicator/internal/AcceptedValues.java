package vn.gov.cchc.portal.indicator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.IndicatorLevel;

/**
 * The accepted values, read in one query each way (a round's 100 agencies × 120 values, an agency's figure over 20
 * rounds): each agency's latest accepted revision of each round.
 */
@Component
public class AcceptedValues {

    /** The latest accepted revision of the report {@code r}. */
    private static final String LATEST_ACCEPTED = """
            r.state = 'ACCEPTED' AND r.revision = (SELECT MAX(a.revision) FROM indicator_report a
                WHERE a.round_id = r.round_id AND a.agency_id = r.agency_id AND a.state = 'ACCEPTED')""";

    /** A figure's value in one round. */
    public record Point(long roundId, String round, LocalDate cutoff, BigDecimal value) {
    }

    private final JdbcTemplate jdbc;

    AcceptedValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each agency's accepted values of the round, by agency id. */
    public Map<Long, Map<Figure, BigDecimal>> ofRound(long roundId) {
        Map<Long, Map<Figure, BigDecimal>> byAgency = new HashMap<>();
        jdbc.query("SELECT r.agency_id, v.indicator_code, v.level, v.value FROM indicator_report r"
                + " JOIN indicator_value v ON v.report_id = r.id WHERE r.round_id = ? AND " + LATEST_ACCEPTED, rs -> {
                    byAgency.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(
                            new Figure(rs.getString(2), IndicatorLevel.valueOf(rs.getString(3))), ValueEntry.typed(rs.getBigDecimal(4)));
                }, roundId);
        return byAgency;
    }

    /** The agency's accepted value of the figure, round after round by cut-off. */
    public List<Point> series(long agencyId, Figure figure) {
        List<Point> points = new ArrayList<>();
        jdbc.query("SELECT g.id, g.title, g.cutoff, v.value FROM indicator_report r"
                + " JOIN reporting_round g ON g.id = r.round_id"
                + " JOIN indicator_value v ON v.report_id = r.id AND v.indicator_code = ? AND v.level = ?"
                + " WHERE r.agency_id = ? AND " + LATEST_ACCEPTED + " ORDER BY g.cutoff, g.id", rs -> {
                    points.add(new Point(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            ValueEntry.typed(rs.getBigDecimal(4))));
                }, figure.code(), figure.level().name(), agencyId);
        return points;
    }

    /** Every accepted value of the agency, per figure, round after round by cut-off (its profile). */
    public Map<Figure, List<Point>> ofAgency(long agencyId) {
        Map<Figure, List<Point>> byFigure = new LinkedHashMap<>();
        jdbc.query("SELECT g.id, g.title, g.cutoff, v.indicator_code, v.level, v.value FROM indicator_report r"
                + " JOIN reporting_round g ON g.id = r.round_id JOIN indicator_value v ON v.report_id = r.id"
                + " WHERE r.agency_id = ? AND " + LATEST_ACCEPTED + " ORDER BY g.cutoff, g.id", rs -> {
                    byFigure.computeIfAbsent(new Figure(rs.getString(4), IndicatorLevel.valueOf(rs.getString(5))), f -> new ArrayList<>())
                            .add(new Point(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                                    ValueEntry.typed(rs.getBigDecimal(6))));
                }, agencyId);
        return byFigure;
    }
}
