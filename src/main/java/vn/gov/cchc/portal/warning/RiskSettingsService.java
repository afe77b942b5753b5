package vn.gov.cchc.portal.warning;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * The risk rule's settings (one row, V32). Everyone reads them (a task at risk names the rule); the secretariat and
 * administrators change them. A setting out of its range, or one that would make its condition impossible, is refused
 * on its field.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class RiskSettingsService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskSettingsService(JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public RiskSettings current() {
        return jdbc.queryForObject("""
                SELECT silent_days, behind_points, behind_after_percent, close_days, close_below_percent,
                       refused_or_returned, version, updated_by, updated_at
                FROM risk_settings WHERE id = 1""", (rs, n) -> new RiskSettings(new RiskRules(rs.getInt("silent_days"),
                rs.getInt("behind_points"), rs.getInt("behind_after_percent"), rs.getInt("close_days"),
                rs.getInt("close_below_percent"), rs.getBoolean("refused_or_returned")), rs.getLong("version"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant()));
    }

    public RiskRules rules() {
        return current().rules();
    }

    /** Saves new settings; refused when someone saved others since {@code version} was read. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void update(RiskRules rules, long version) {
        validate(rules);
        int changed = jdbc.update("""
                UPDATE risk_settings SET silent_days = ?, behind_points = ?, behind_after_percent = ?, close_days = ?,
                       close_below_percent = ?, refused_or_returned = ?, version = version + 1, updated_by = ?, updated_at = ?
                WHERE id = 1 AND version = ?""", rules.silentDays(), rules.behindPoints(), rules.behindAfterPercent(),
                rules.closeDays(), rules.closeBelowPercent(), rules.refusedOrReturned(), currentUser.username().orElseThrow(),
                Timestamp.from(clock.instant()), version);
        if (changed == 0) {
            throw new ConcurrentEditException();
        }
        events.publishEvent(new RiskSettingsChanged(rules));
    }

    /**
     * Each setting within its range: days from 1 to a plan year (365; the close window from 0, the deadline day only:
     * a window longer than the plan year would flag every task from its first day), percents and points from 1 to 99
     * (a lag of 100 points can never be exceeded, a threshold of 100 % would flag every task).
     */
    static void validate(RiskRules rules) {
        new Checks()
                .check(rules.silentDays() >= 1 && rules.silentDays() <= RiskRules.MAX_DAYS, "silentDays", "warning.validation.days")
                .check(rules.closeDays() >= 0 && rules.closeDays() <= RiskRules.MAX_DAYS, "closeDays", "warning.validation.closeDays")
                .check(rules.behindPoints() >= 1 && rules.behindPoints() <= 99, "behindPoints", "warning.validation.percent")
                .check(rules.behindAfterPercent() >= 1 && rules.behindAfterPercent() <= 99, "behindAfterPercent",
                        "warning.validation.percent")
                .check(rules.closeBelowPercent() >= 1 && rules.closeBelowPercent() <= 99, "closeBelowPercent",
                        "warning.validation.percent")
                .throwIfAny();
    }
}
