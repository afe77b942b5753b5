package vn.gov.cchc.portal.warning;

/** The secretariat reminded the agency holding a task at risk (the notification module tells its users). */
public record RiskReminderSent(long taskId, long agencyId, String title) {
}
