package vn.gov.cchc.portal.notification;

import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.plan.PlanLinks;
import vn.gov.cchc.portal.task.TaskLinks;

/**
 * What a notification says, what it is about (a task, a reporting round, or a list of tasks when one person has more
 * reminders in a day than a bell can show) and whom it is for (an agency's users, or the secretariat); the page it
 * opens follows from both.
 */
public enum NotificationKind {
    ASSIGNED(Subject.TASK, false),
    COMPLETION_CONFIRMED(Subject.TASK, false),
    COMPLETION_RETURNED(Subject.TASK, false),
    EXTENSION_APPROVED(Subject.TASK, false),
    EXTENSION_REFUSED(Subject.TASK, false),
    COMPLETION_PROPOSED(Subject.TASK, true),
    EXTENSION_REQUESTED(Subject.TASK, true),
    DUE_SOON(Subject.TASK, false),
    OVERDUE(Subject.TASK, false),
    /** An overdue task of an agency the secretariat officer follows (the last escalation step). */
    OVERDUE_FOLLOWED(Subject.TASK, true),
    /** A completion proposal or extension request still waiting for the secretariat's decision. */
    WAITING_DECISION(Subject.TASK, true),
    /** The secretariat reminded the agency of a task at risk of being late (early warning). */
    AT_RISK(Subject.TASK, false),
    /** Once a week: how many of the agency's tasks are at risk of being late (the title); opens its task list. */
    AT_RISK_WEEKLY(Subject.TASK_LIST, false),
    /** More reminders today than one person's bell lists; the title is how many more. */
    REMINDERS_MORE(Subject.TASK_LIST, false),
    FOLLOWED_MORE(Subject.TASK_LIST, true),
    REPORT_DUE_SOON(Subject.ROUND, false),
    REPORT_OVERDUE(Subject.ROUND, false),
    REPORT_SUBMITTED(Subject.ROUND, true),
    REPORT_RETURNED(Subject.ROUND, false),
    REPORT_ACCEPTED(Subject.ROUND, false),
    /** The agency's plan of a year (the subject) is due soon, or overdue, and not submitted. */
    PLAN_DUE_SOON(Subject.PLAN_YEAR, false),
    PLAN_OVERDUE(Subject.PLAN_YEAR, false);

    private enum Subject { TASK, ROUND, TASK_LIST, PLAN_YEAR }

    private final Subject subject;
    private final boolean forSecretariat;

    NotificationKind(Subject subject, boolean forSecretariat) {
        this.subject = subject;
        this.forSecretariat = forSecretariat;
    }

    /** Whether the notification's subject is a reporting round. */
    public boolean aboutRound() {
        return subject == Subject.ROUND;
    }

    /**
     * Whether it is a reminder of the morning run — in the daily digest, which nobody can switch off — rather than an
     * assignment or a decision, which a person may also want by mail at once.
     */
    public boolean reminder() {
        return switch (this) {
            case DUE_SOON, OVERDUE, OVERDUE_FOLLOWED, WAITING_DECISION, REMINDERS_MORE, FOLLOWED_MORE, REPORT_DUE_SOON, AT_RISK_WEEKLY,
                 REPORT_OVERDUE, PLAN_DUE_SOON, PLAN_OVERDUE -> true;
            default -> false;
        };
    }

    /** The page the notification opens, relative to the portal's root. */
    public String link(long subjectId) {
        return switch (subject) {
            case TASK -> forSecretariat ? TaskLinks.secretariat(subjectId) : TaskLinks.agency(subjectId);
            case ROUND -> forSecretariat ? IndicatorLinks.ROUND + "/" + subjectId : IndicatorLinks.AGENCY_REPORT + "/" + subjectId;
            case TASK_LIST -> forSecretariat ? TaskLinks.TASKS : TaskLinks.AGENCY_TASKS;
            case PLAN_YEAR -> forSecretariat ? PlanLinks.year((int) subjectId) : PlanLinks.AGENCY_PLANS;
        };
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
