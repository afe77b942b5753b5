package vn.gov.cchc.portal.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * The reminder rules the secretariat sets (one row, V21) and the secretariat officer following each agency. Everyone
 * reads the rules (the reminders name them); the secretariat and administrators change them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class ReminderSettingsService {

    /** The most windows before a deadline, and the longest any period may be. */
    public static final int MAX_WINDOWS = 5;
    public static final int MAX_DAYS = 365;

    private final JdbcTemplate jdbc;
    private final AgencyService agencies;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReminderSettingsService(JdbcTemplate jdbc, AgencyService agencies, UserDirectory users, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public ReminderSettings current() {
        return jdbc.queryForObject("""
                SELECT days_before, on_the_day, every_overdue_days, leaders_after_days, follower_after_days,
                       report_days_before, waiting_days, version, updated_by, updated_at
                FROM reminder_settings WHERE id = 1""", (rs, n) -> new ReminderSettings(new ReminderRules(
                Arrays.stream(rs.getString("days_before").split(",")).map(String::strip).map(Integer::valueOf).toList(),
                rs.getBoolean("on_the_day"), rs.getInt("every_overdue_days"), rs.getInt("leaders_after_days"),
                rs.getInt("follower_after_days"), rs.getInt("report_days_before"), rs.getInt("waiting_days")),
                rs.getLong("version"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant()));
    }

    public ReminderRules rules() {
        return current().rules();
    }

    /** Saves new rules, from the next morning's run; refused when someone saved others since {@code version} was read. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void update(ReminderRules rules, long version) {
        validate(rules);
        int changed = jdbc.update("""
                UPDATE reminder_settings SET days_before = ?, on_the_day = ?, every_overdue_days = ?, leaders_after_days = ?,
                       follower_after_days = ?, report_days_before = ?, waiting_days = ?, version = version + 1,
                       updated_by = ?, updated_at = ?
                WHERE id = 1 AND version = ?""",
                rules.daysBefore().stream().sorted((a, b) -> b - a).map(String::valueOf).collect(Collectors.joining(",")),
                rules.onTheDay(), rules.everyOverdueDays(), rules.leadersAfterDays(), rules.followerAfterDays(),
                rules.reportDaysBefore(), rules.waitingDays(), currentUser.username().orElseThrow(),
                Timestamp.from(clock.instant()), version);
        if (changed == 0) {
            throw new ConcurrentEditException();
        }
    }

    /** Every agency active today with its follower, ministries first, as the registry lists them. */
    public List<AgencyFollower> followers() {
        Map<Long, String> assigned = followersByAgency();
        return agencies.list(AgencyFilter.activeOn(PortalTime.today(clock), null)).stream()
                .map(agency -> new AgencyFollower(agency, assigned.get(agency.id()))).toList();
    }

    /** The follower of each agency that has one (the morning run reads them once). */
    public Map<Long, String> followersByAgency() {
        Map<Long, String> assigned = new HashMap<>();
        jdbc.query("SELECT agency_id, username FROM agency_follower", rs -> {
            assigned.put(rs.getLong("agency_id"), rs.getString("username"));
        });
        return assigned;
    }

    /** The secretariat officers who can follow agencies. */
    public List<String> possibleFollowers() {
        return users.usernamesWithRole(Role.SECRETARIAT);
    }

    /** Makes {@code username} (a secretariat officer) the follower of the agencies, or removes their follower (null). */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public int assignFollower(Collection<Long> agencyIds, @Nullable String username) {
        if (agencyIds.isEmpty()) {
            throw new ValidationException("agencies", "reminder.follower.noAgency");
        }
        if (username != null && !possibleFollowers().contains(username)) {
            throw new ValidationException("follower", "reminder.follower.notSecretariat");
        }
        String actor = currentUser.username().orElseThrow();
        Timestamp now = Timestamp.from(clock.instant());
        for (long agencyId : agencyIds) {
            jdbc.update("DELETE FROM agency_follower WHERE agency_id = ?", agencyId);
            if (username != null) {
                jdbc.update("INSERT INTO agency_follower (agency_id, username, assigned_by, assigned_at) VALUES (?, ?, ?, ?)",
                        agencyId, username, actor, now);
            }
        }
        return agencyIds.size();
    }

    private static void validate(ReminderRules rules) {
        Checks checks = new Checks();
        checks.check(!rules.daysBefore().isEmpty() && rules.daysBefore().size() <= MAX_WINDOWS, "daysBefore",
                "reminder.validation.windows", MAX_WINDOWS);
        checks.check(rules.daysBefore().stream().allMatch(days -> days >= 1 && days <= MAX_DAYS)
                && rules.daysBefore().stream().distinct().count() == rules.daysBefore().size(), "daysBefore",
                "reminder.validation.windowDays", MAX_DAYS);
        range(checks, "everyOverdueDays", rules.everyOverdueDays());
        range(checks, "leadersAfterDays", rules.leadersAfterDays());
        range(checks, "followerAfterDays", rules.followerAfterDays());
        range(checks, "reportDaysBefore", rules.reportDaysBefore());
        range(checks, "waitingDays", rules.waitingDays());
        if (checks.valid("leadersAfterDays") && checks.valid("followerAfterDays")) {
            checks.check(rules.followerAfterDays() >= rules.leadersAfterDays(), "followerAfterDays",
                    "reminder.validation.followerAfterLeaders");
        }
        checks.throwIfAny();
    }

    private static void range(Checks checks, String field, int days) {
        checks.check(days >= 1 && days <= MAX_DAYS, field, "reminder.validation.days", MAX_DAYS);
    }
}
