package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the running counts once on a database that has tasks from before they existed (V9 creates them empty);
 * from then on they are kept in step with every change.
 */
@Component
@Order(10)
class FigurePointsBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FigurePointsBootstrap.class);

    private final JdbcTemplate jdbc;
    private final FigurePoints points;

    FigurePointsBootstrap(JdbcTemplate jdbc, FigurePoints points) {
        this.jdbc = jdbc;
        this.points = points;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer built = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM figure_agency_point LIMIT 1) f", Integer.class);
        if (built != null && built > 0) {
            return;
        }
        LocalDate first = jdbc.queryForObject("SELECT MIN(plan_date) FROM task_span", LocalDate.class);
        LocalDate last = jdbc.queryForObject("SELECT MAX(plan_date) FROM task_span", LocalDate.class);
        if (first == null) {
            return;
        }
        long started = System.nanoTime();
        points.rebuild(YearMonth.from(first), YearMonth.from(last));
        log.info("Running counts built from the existing tasks in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
