package vn.gov.cchc.portal.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.indicator.DueReport;
import vn.gov.cchc.portal.indicator.RoundReminderService;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.notification.ReminderRules;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.DueTask;
import vn.gov.cchc.portal.task.TaskReminderService;

/**
 * Every morning, tells the lead agency of each task at a step of the {@link ReminderRules} (within 7 and 3 days of the
 * deadline, on the day, overdue and then every week), and each agency that still owes a report of an open reporting
 * round whose deadline is near or past; once per task (or round and agency), deadline, kind and step (the deadline is
 * part of the key, so an extension brings a new reminder); then each person's reminders of the
 * day go out as one e-mail ({@link DailyDigest}). ShedLock keeps it to one node.
 */
@Component
class DeadlineReminders {

    private final TaskReminderService dueTasks;
    private final RoundReminderService dueReports;
    private final Notifier notifier;
    private final DailyDigest digest;
    private final ReminderRules rules;
    private final Clock clock;

    DeadlineReminders(TaskReminderService dueTasks, RoundReminderService dueReports, Notifier notifier, DailyDigest digest,
            ReminderRules rules, Clock clock) {
        this.rules = rules;
        this.digest = digest;
        this.dueTasks = dueTasks;
        this.dueReports = dueReports;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The morning's run: reminders, then digests ({@link MorningSchedule} at seven, {@link MorningCatchUp} at start). */
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M")
    void everyMorning() {
        SystemAuthentication.runAsSystem(() -> {
            LocalDate today = PortalTime.today(clock);
            remind(today);
            digest.send(today);
        });
    }

    int remind(LocalDate today) {
        int sent = 0;
        for (DueTask task : dueTasks.dueOrOverdue(today, rules.window())) {
            Optional<String> step = rules.step(task.deadline(), today);
            if (step.isEmpty()) {
                continue;
            }
            NotificationKind kind = task.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON;
            List<String> told = notifier.notifyAgencyOnce(task.leadAgencyId(), task.taskId(), kind, task.title(),
                    kind.name() + ":" + task.taskId() + ":" + task.deadline() + ":" + step.get());
            if (!told.isEmpty()) {
                dueTasks.recordReminder(task.taskId(), Texts.get(Texts.VIETNAMESE, "notification.history." + kind.name(),
                        Formats.date(task.deadline()), String.join(", ", told)));
            }
            sent++;
        }
        for (DueReport due : dueReports.dueOrOverdue(today)) {
            NotificationKind kind = due.overdue() ? NotificationKind.REPORT_OVERDUE : NotificationKind.REPORT_DUE_SOON;
            notifier.notifyAgencyOnce(due.agencyId(), due.roundId(), kind, due.title(),
                    kind.name() + ":" + due.roundId() + ":" + due.agencyId() + ":" + due.deadline());
            sent++;
        }
        return sent;
    }
}
