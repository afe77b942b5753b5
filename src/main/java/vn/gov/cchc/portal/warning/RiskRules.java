package vn.gov.cchc.portal.warning;

/**
 * The settings of the risk rule (ADR 0026 chose the defaults from their measured precision and recall).
 *
 * @param silentDays        a task with no progress report for this many days is at risk, once more than a quarter of
 *                          its time has passed
 * @param behindPoints      a task whose last reported percent is behind the share of time elapsed by more than this
 *                          many points is at risk...
 * @param behindAfterPercent ...once at least this share of its time has passed
 * @param closeDays         a task due within this many days...
 * @param closeBelowPercent ...with no report above this percent is at risk
 * @param refusedOrReturned a refused extension or a returned completion puts the task at risk
 */
public record RiskRules(int silentDays, int behindPoints, int behindAfterPercent, int closeDays, int closeBelowPercent,
        boolean refusedOrReturned) {

    /**
     * 60 days silent, 30 points behind from 40 % of the time, 21 days before the deadline below 80 %: chosen from the
     * demo's measured precision and recall (ADR 0026), where the first guess (30, 30, 50, 14, 80) flagged 88 %
     * of the open tasks, barely more often late than the rest.
     */
    public static final RiskRules DEFAULT = new RiskRules(60, 30, 40, 21, 80, true);

    /** The longest period any setting may name: a plan year. */
    public static final int MAX_DAYS = 365;
}
