package vn.gov.cchc.portal.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.indicator.DueReport;
import vn.gov.cchc.portal.indicator.RoundReminderService;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.plan.DuePlan;
import vn.gov.cchc.portal.plan.PlanReminderService;
import vn.gov.cchc.portal.notification.ReminderAudience;
import vn.gov.cchc.portal.notification.ReminderRules;
import vn.gov.cchc.portal.notification.ReminderRules.Reminder;
import vn.gov.cchc.portal.notification.ReminderSettingsService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.DueTask;
import vn.gov.cchc.portal.task.SentReminder;
import vn.gov.cchc.portal.task.TaskReminderService;
import vn.gov.cchc.portal.task.WaitingTask;
import vn.gov.cchc.portal.user.AgencyMembers;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * Every morning, under the {@link ReminderRules} the secretariat set: reminds the lead agency of each open task at a
 * new step (within 7 and 3 days of the deadline, on the day, overdue and then every week) — its officers, from 7 days
 * overdue its leaders too, from 30 days the secretariat officer following it — and writes each reminder to the task's
 * history; reminds the secretariat (the agency's follower, or all of it when nobody follows the agency) of proposals
 * and requests waiting for its decision; reminds each agency that still owes a report of an open round near or past
 * its deadline, and each agency that still owes its plan of the year near or past the date the secretariat set;
 * then each person's reminders of the day go out as one e-mail ({@link DailyDigest}).
 * <p>
 * The tasks are read a page at a time, the newest first (a person's bell lists at most {@value DailyBells#PER_PERSON}
 * a day, so the newest are the ones listed), with the key of their last reminder, so a million tasks are never in
 * memory and a second run the same day adds nothing; each page's reminders, history and bells are written in one
 * transaction. ShedLock keeps it to one node.
 */
@Component
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    static final int PAGE = 2_000;
    private static final int NAMES_IN_HISTORY = 12;

    private final TaskReminderService tasks;
    private final RoundReminderService dueReports;
    private final PlanReminderService duePlans;
    private final ReminderSettingsService settings;
    private final UserDirectory users;
    private final Notifier notifier;
    private final NotificationRepository notifications;
    private final DailyDigest digest;
    private final AtRiskReminders atRisk;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineReminders(TaskReminderService tasks, RoundReminderService dueReports, PlanReminderService duePlans,
            ReminderSettingsService settings,
            UserDirectory users, Notifier notifier, NotificationRepository notifications, DailyDigest digest,
            AtRiskReminders atRisk, TransactionTemplate transactions, Clock clock) {
        this.tasks = tasks;
        this.dueReports = dueReports;
        this.duePlans = duePlans;
        this.settings = settings;
        this.users = users;
        this.notifier = notifier;
        this.notifications = notifications;
        this.digest = digest;
        this.atRisk = atRisk;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The morning's run: reminders, then digests ({@link MorningSchedule} at seven, {@link MorningCatchUp} at start). */
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M")
    void everyMorning() {
        SystemAuthentication.runAsSystem(() -> {
            long started = System.nanoTime();
            LocalDate today = PortalTime.today(clock);
            int reminded = remind(today) + atRisk.remind(today);
            digest.send(today);
            log.info("Morning run: {} reminders, digests sent, in {} ms", reminded, (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Gives the day's reminders; returns how many tasks, requests and reports were reminded. */
    int remind(LocalDate today) {
        ReminderRules rules = settings.rules();
        People people = new People(users.agencyMembers(), settings.followersByAgency(), users.usernamesWithRole(Role.SECRETARIAT));
        DailyBells bells = new DailyBells(notifications, clock.instant());
        int reminded = remindDeadlines(today, rules, people, bells) + remindWaiting(today, rules, people, bells);
        for (DueReport due : dueReports.dueOrOverdue(today, rules.reportDaysBefore())) {
            NotificationKind kind = due.overdue() ? NotificationKind.REPORT_OVERDUE : NotificationKind.REPORT_DUE_SOON;
            notifier.notifyAgencyOnce(due.agencyId(), due.roundId(), kind, due.title(),
                    kind.name() + ":" + due.roundId() + ":" + due.agencyId() + ":" + due.deadline());
            reminded++;
        }
        for (DuePlan due : duePlans.dueOrOverdue(today, rules.reportDaysBefore())) {
            NotificationKind kind = due.overdue() ? NotificationKind.PLAN_OVERDUE : NotificationKind.PLAN_DUE_SOON;
            notifier.notifyAgencyOnce(due.agencyId(), due.year(), kind, Texts.get(Texts.VIETNAMESE, "plan.reminder.title",
                    String.valueOf(due.year()), Formats.date(due.dueOn())),
                    kind.name() + ":" + due.year() + ":" + due.agencyId() + ":" + due.dueOn());
            reminded++;
        }
        transactions.executeWithoutResult(status -> bells.finish());
        return reminded;
    }

    private int remindDeadlines(LocalDate today, ReminderRules rules, People people, DailyBells bells) {
        int reminded = 0;
        List<DueTask> page;
        for (long before = Long.MAX_VALUE; !(page = tasks.duePage(today, rules.window(), before, PAGE)).isEmpty();
                before = page.getLast().taskId()) {
            List<SentReminder> sent = new ArrayList<>();
            for (DueTask task : page) {
                Optional<Reminder> reminder = rules.reminder(task.deadline(), today);
                Set<ReminderAudience> newcomers = reminder.map(r -> r.newcomers(task.lastReminderKey())).orElse(Set.of());
                if (newcomers.isEmpty()) {
                    continue;
                }
                Map<ReminderAudience, List<String>> told = people.told(task.leadAgencyId(), newcomers);
                NotificationKind kind = task.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON;
                told.forEach((audience, names) -> names.forEach(name -> bells.add(name,
                        audience == ReminderAudience.FOLLOWER ? NotificationKind.OVERDUE_FOLLOWED : kind, task.taskId(), task.title())));
                sent.add(new SentReminder(task.taskId(), reminder.orElseThrow().key(),
                        historyNote(task, today, told, rule(reminder.orElseThrow(), rules))));
            }
            transactions.executeWithoutResult(status -> {
                tasks.recordReminders(sent);
                bells.flush();
            });
            reminded += sent.size();
        }
        return reminded;
    }

    private int remindWaiting(LocalDate today, ReminderRules rules, People people, DailyBells bells) {
        int reminded = 0;
        List<WaitingTask> page;
        for (long before = Long.MAX_VALUE; !(page = tasks.waitingPage(before, PAGE)).isEmpty(); before = page.getLast().taskId()) {
            List<SentReminder> sent = new ArrayList<>();
            for (WaitingTask task : page) {
                Optional<String> step = rules.waitingStep(task.since(), today);
                if (step.isEmpty() || step.get().equals(task.lastReminderKey())) {
                    continue;
                }
                people.deciding(task.leadAgencyId()).forEach(name -> bells.add(name, NotificationKind.WAITING_DECISION,
                        task.taskId(), task.title()));
                sent.add(new SentReminder(task.taskId(), step.get(), null));
            }
            transactions.executeWithoutResult(status -> {
                tasks.recordWaitingReminders(sent);
                bells.flush();
            });
            reminded += sent.size();
        }
        return reminded;
    }

    /** The rules a reminder follows, as the history names them: "nhắc khi quá hạn, lặp lại mỗi 7 ngày; quá hạn từ 7 ngày: …". */
    private static String rule(Reminder reminder, ReminderRules rules) {
        List<String> applied = new ArrayList<>();
        if (reminder.step().startsWith("before-")) {
            applied.add(Texts.get(Texts.VIETNAMESE, "notification.rule.before", reminder.step().substring("before-".length())));
        } else if (reminder.step().equals("on-day")) {
            applied.add(Texts.get(Texts.VIETNAMESE, "notification.rule.onDay"));
        } else {
            applied.add(Texts.get(Texts.VIETNAMESE, "notification.rule.overdue", rules.everyOverdueDays()));
        }
        if (reminder.audience().compareTo(ReminderAudience.LEADERS) >= 0) {
            applied.add(Texts.get(Texts.VIETNAMESE, "notification.rule.leaders", rules.leadersAfterDays()));
        }
        if (reminder.audience() == ReminderAudience.FOLLOWER) {
            applied.add(Texts.get(Texts.VIETNAMESE, "notification.rule.follower", rules.followerAfterDays()));
        }
        return String.join("; ", applied);
    }

    /** "Nhắc tự động: đã quá hạn từ 18/12/2026 (8 ngày); đã nhắc cán bộ: a, b; lãnh đạo: c. Quy tắc: …" */
    private static String historyNote(DueTask task, LocalDate today, Map<ReminderAudience, List<String>> told, String rule) {
        String who = told.isEmpty() ? Texts.get(Texts.VIETNAMESE, "notification.history.nobody")
                : told.entrySet().stream().map(entry -> Texts.get(Texts.VIETNAMESE, entry.getKey().messageKey()) + ": "
                        + names(entry.getValue())).collect(Collectors.joining("; "));
        long late = ChronoUnit.DAYS.between(task.deadline(), today);
        return task.overdue()
                ? Texts.get(Texts.VIETNAMESE, "notification.history.OVERDUE", Formats.date(task.deadline()), late, who, rule)
                : Texts.get(Texts.VIETNAMESE, "notification.history.DUE_SOON", Formats.date(task.deadline()), who, rule);
    }

    private static String names(List<String> names) {
        return names.size() <= NAMES_IN_HISTORY ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMES_IN_HISTORY))
                        + Texts.get(Texts.VIETNAMESE, "notification.history.others", names.size() - NAMES_IN_HISTORY);
    }

    /** Who is reminded, read once per run. */
    private record People(AgencyMembers members, Map<Long, String> followers, List<String> secretariat) {

        /**
         * The people of each newly reached audience: the agency's officers (its leaders when it has no officers),
         * then its leaders who are not officers, then its follower.
         */
        Map<ReminderAudience, List<String>> told(long agencyId, Set<ReminderAudience> audiences) {
            List<String> officers = members.officersOf(agencyId);
            Map<ReminderAudience, List<String>> told = new EnumMap<>(ReminderAudience.class);
            Set<String> seen = new LinkedHashSet<>();
            for (ReminderAudience audience : audiences) {
                List<String> people = switch (audience) {
                    case OFFICERS -> officers.isEmpty() ? members.leadersOf(agencyId) : officers;
                    case LEADERS -> officers.isEmpty() ? List.of()
                            : members.leadersOf(agencyId).stream().filter(name -> !officers.contains(name)).toList();
                    case FOLLOWER -> Optional.ofNullable(followers.get(agencyId)).stream().toList();
                };
                List<String> fresh = people.stream().filter(seen::add).toList();
                if (!fresh.isEmpty()) {
                    told.put(audience, fresh);
                }
            }
            return told;
        }

        /** Who decides an agency's proposals and requests: its follower, or the whole secretariat when it has none. */
        List<String> deciding(long agencyId) {
            String follower = followers.get(agencyId);
            return follower == null ? secretariat : List.of(follower);
        }
    }
}
