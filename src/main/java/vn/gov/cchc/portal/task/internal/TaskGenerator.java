package vn.gov.cchc.portal.task.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.DemoPeople;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.task.PlanRegister;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskStatusEngine;
import vn.gov.cchc.portal.task.TasksLoaded;
import vn.gov.cchc.portal.task.TimelineEvent;

/**
 * Fills the database with generated tasks and realistic histories, fast (JDBC batches), for benchmarks and for
 * trying the portal at size. Spans come from the same status engine as everywhere else; a task held by an agency
 * that was later merged passes to the successor on the merge date, like a recorded merge would do.
 */
@Component
public class TaskGenerator {

    static final String[] ACTIONS = {"Rà soát, đơn giản hóa", "Số hóa hồ sơ", "Công bố, công khai",
        "Cắt giảm điều kiện kinh doanh về", "Kiểm tra việc thực hiện", "Xây dựng đề án về", "Tổng kết, đánh giá",
        "Hoàn thiện thể chế về", "Triển khai dịch vụ công trực tuyến toàn trình về", "Sắp xếp tổ chức bộ máy"};
    static final String[] SUBJECTS = {"thủ tục hành chính lĩnh vực đất đai", "quy định kinh doanh",
        "dịch vụ công thiết yếu theo Đề án 06", "chế độ công vụ", "tài chính công", "cơ sở dữ liệu chuyên ngành",
        "thủ tục nội bộ", "hồ sơ, kết quả giải quyết thủ tục hành chính", "chính quyền số cấp xã", "phân cấp, phân quyền"};
    /** The series of documents the secretariat assigns tasks with: symbol and excerpt. */
    private static final String[][] SERIES = {
        {"QĐ-BCĐCCHC", "Quyết định ban hành Kế hoạch hoạt động của Ban Chỉ đạo cải cách hành chính của Chính phủ"},
        {"TB-VPCP", "Thông báo kết luận của Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ"},
        {"KH-BCĐCCHC", "Kế hoạch triển khai nhiệm vụ cải cách hành chính trọng tâm"},
        {"VPCP-KSTT", "Văn bản của Văn phòng Chính phủ về kiểm soát thủ tục hành chính"},
        {"BNV-CCHC", "Văn bản của Bộ Nội vụ hướng dẫn, đôn đốc thực hiện nhiệm vụ cải cách hành chính"}};
    /** Progress reports as agencies write them. */
    static final String[] PROGRESS = {
        "Đã ban hành kế hoạch triển khai, phân công đơn vị chủ trì và thời hạn cụ thể.",
        "Đã hoàn thành rà soát, tổng hợp kết quả; đang xin ý kiến các sở, ngành liên quan.",
        "Đang hoàn thiện dự thảo, dự kiến trình lãnh đạo ký ban hành trong tháng tới.",
        "Đã tổ chức hội nghị triển khai; các đơn vị đang thực hiện theo kế hoạch.",
        "Đã số hóa phần lớn hồ sơ; đang kiểm tra, chuẩn hóa dữ liệu trước khi đưa vào vận hành."};
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TaskSearch search;
    private final FigurePoints figures;
    private Map<Long, String> agencyCodes;
    private Map<Long, String> reportSymbols;
    /** The plan ids of the agencies' plans the tasks being inserted belong to, by "agency:year". */
    private Map<String, Long> planIds = Map.of();
    private final PlanRegister planRegister;
    private final ApplicationEventPublisher publisher;

    TaskGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, TaskSearch search, FigurePoints figures,
            PlanRegister planRegister, ApplicationEventPublisher publisher) {
        this.planRegister = planRegister;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.search = search;
        this.figures = figures;
    }

    /**
     * Adds {@code count} tasks assigned between {@code from} and {@code to} to the given agencies (each task to an
     * agency active on its assignment date), with histories up to {@code today}; about {@code planPercent} in a
     * hundred are tasks of their agency's plan of the year, the rest of other sources. Returns the number created.
     */
    public int generate(int count, long seed, List<AgencySummary> agencies, List<Long> sessionIds, LocalDate from,
            LocalDate to, LocalDate today, int planPercent) {
        Random random = new Random(seed);
        List<PlannedTask> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PlannedTask task = random(random, agencies, sessionIds, from, to);
            planned.add(random.nextInt(100) < planPercent ? ofPlan(task) : task);
        }
        return insert(planned, today);
    }

    /**
     * The task as one of its agency's plan of its assignment year: the plan's document (numbered per agency and
     * year, of late December before), due within the year.
     */
    private static PlannedTask ofPlan(PlannedTask task) {
        int year = task.assignedOn().getYear();
        String code = task.lead().code();
        int h = (code + year).hashCode() & 0x7fffffff;
        String symbol = task.lead().group() == AgencyGroup.PROVINCES ? "KH-UBND"
                : "KH-" + code.toUpperCase(Locale.ROOT).replace("-", "");
        PlannedTask.Document plan = new PlannedTask.Document((120 + h % 260) + "/" + symbol,
                LocalDate.of(year - 1, 12, 12).plusDays(h % 18), DemoPeople.fullName("head of " + code + year),
                "Kế hoạch cải cách hành chính năm " + year + " của " + task.lead().nameVi());
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate deadline = task.deadline() == null || task.deadline().isAfter(end) ? end : task.deadline();
        return new PlannedTask(plan, task.title(), task.area(), task.lead(), task.assignedOn(), deadline, task.sessionId(),
                task.events(), null, year);
    }

    /**
     * Inserts the tasks with their histories (events after {@code today} are left out). A task whose lead agency
     * was later merged passes to the successor on the merge date, as a recorded merge would do. The running counts
     * of the plan months touched are rebuilt afterwards.
     */
    public int insert(List<PlannedTask> planned, LocalDate today) {
        agencyCodes = new HashMap<>();
        reportSymbols = new HashMap<>();
        jdbc.query("SELECT id, code, kind FROM agency", rs -> {
            agencyCodes.put(rs.getLong(1), rs.getString(2));
            reportSymbols.put(rs.getLong(1), rs.getString(3).startsWith("MINIST")
                    ? "BC-" + rs.getString(2).toUpperCase(Locale.ROOT).replace("-", "") : "BC-UBND");
        });
        Map<String, Long> plans = new HashMap<>();
        for (PlannedTask task : planned) {
            if (task.planYear() != null) {
                plans.computeIfAbsent(task.lead().id() + ":" + task.planYear(), key -> planRegister.received(task.lead().id(),
                        task.planYear(), new DocumentRef(task.document().number(), task.document().date(), task.document().signer())));
            }
        }
        planIds = plans;
        long firstTaskId = nextId("task");
        long nextTaskId = firstTaskId;
        for (int start = 0; start < planned.size(); start += BATCH) {
            Batch batch = new Batch();
            for (PlannedTask task : planned.subList(start, Math.min(planned.size(), start + BATCH))) {
                add(nextTaskId++, task, today, batch);
            }
            transactions.executeWithoutResult(status -> batch.write(jdbc));
        }
        planned.stream().map(PlannedTask::planDate).map(YearMonth::from).min(Comparator.naturalOrder())
                .ifPresent(first -> figures.rebuild(first, planned.stream().map(PlannedTask::planDate)
                        .map(YearMonth::from).max(Comparator.naturalOrder()).orElseThrow()));
        search.invalidate();
        if (!planned.isEmpty()) {
            publisher.publishEvent(new TasksLoaded(firstTaskId, nextTaskId - 1));
        }
        return planned.size();
    }

    /**
     * An action and its subject as one title, the words they share said once: "Số hóa hồ sơ" and "hồ sơ, kết quả giải
     * quyết thủ tục hành chính" make "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính".
     */
    static String title(String action, String subject) {
        String[] actionWords = action.split(" ");
        String[] subjectWords = subject.split(" ");
        for (int shared = Math.min(actionWords.length, subjectWords.length); shared > 0; shared--) {
            boolean same = true;
            for (int i = 0; i < shared && same; i++) {
                same = actionWords[actionWords.length - shared + i].equals(subjectWords[i].replaceAll("[,;.]$", ""));
            }
            if (same) {
                return String.join(" ", Arrays.copyOf(actionWords, actionWords.length - shared)) + " " + subject;
            }
        }
        return action + " " + subject;
    }

    /** Inserts one task with its history ({@link #insert}); returns its id. */
    public long insertOne(PlannedTask task, LocalDate today) {
        long id = nextId("task");
        insert(List.of(task), today);
        return id;
    }

    private static PlannedTask random(Random random, List<AgencySummary> agencies, List<Long> sessionIds,
            LocalDate from, LocalDate to) {
        LocalDate assignedOn = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        List<AgencySummary> active = agencies.stream().filter(a -> a.activeOn(assignedOn)).toList();
        AgencySummary lead = active.get(random.nextInt(active.size()));
        LocalDate deadline = random.nextInt(100) < 85 ? assignedOn.plusDays(15 + random.nextInt(300)) : null;
        ReformArea area = ReformArea.values()[random.nextInt(ReformArea.values().length)];
        String title = title(ACTIONS[random.nextInt(ACTIONS.length)], SUBJECTS[random.nextInt(SUBJECTS.length)]);
        Long sessionId = sessionIds.isEmpty() || random.nextInt(3) > 0 ? null : sessionIds.get(random.nextInt(sessionIds.size()));
        List<TimelineEvent> events = new ArrayList<>();
        int outcome = random.nextInt(100);
        LocalDate horizon = deadline == null ? assignedOn.plusDays(200) : deadline;
        int span = (int) Math.max(5, ChronoUnit.DAYS.between(assignedOn, horizon));
        if (outcome < 8) {
            LocalDate newDeadline = horizon.plusDays(30 + random.nextInt(90));
            LocalDate asked = assignedOn.plusDays(random.nextInt(span));
            events.add(new TimelineEvent(TaskEventType.EXTENSION_REQUESTED, asked, newDeadline, null));
            events.add(new TimelineEvent(TaskEventType.EXTENSION_APPROVED, asked.plusDays(3), newDeadline, null));
        }
        // requests still waiting are recent: older ones were decided, as a secretariat that keeps up would have
        LocalDate recent = to.minusDays(20);
        if (outcome >= 8 && outcome < 11) {
            LocalDate asked = assignedOn.plusDays(random.nextInt(span));
            LocalDate newDeadline = horizon.plusDays(30 + random.nextInt(60));
            events.add(new TimelineEvent(TaskEventType.EXTENSION_REQUESTED, asked, newDeadline, null));
            if (asked.isBefore(recent)) {
                events.add(new TimelineEvent(random.nextBoolean() ? TaskEventType.EXTENSION_APPROVED
                        : TaskEventType.EXTENSION_REFUSED, asked.plusDays(2 + random.nextInt(5)), newDeadline, null));
            }
        }
        if (outcome < 55) {
            LocalDate proposed = assignedOn.plusDays(random.nextInt(span + 60));
            events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposed));
            if (outcome < 47 || proposed.isBefore(recent) && outcome >= 50) {
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, proposed.plusDays(1 + random.nextInt(9))));
            } else if (outcome < 50) {
                // the secretariat found the product short and returned it; older ones were proposed again and confirmed
                LocalDate returned = proposed.plusDays(1 + random.nextInt(5));
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_RETURNED, returned));
                if (returned.isBefore(recent.minusDays(10))) {
                    LocalDate again = returned.plusDays(5 + random.nextInt(20));
                    events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, again));
                    events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, again.plusDays(1 + random.nextInt(5))));
                }
            }
        } else if (outcome < 58) {
            events.add(TimelineEvent.of(TaskEventType.SUSPENDED, assignedOn.plusDays(random.nextInt(span))));
        } else if (outcome < 60) {
            events.add(TimelineEvent.of(TaskEventType.WITHDRAWN, assignedOn.plusDays(random.nextInt(span))));
        }
        for (int r = random.nextInt(3); r > 0; r--) {
            events.add(TimelineEvent.of(TaskEventType.PROGRESS_REPORTED, assignedOn.plusDays(random.nextInt(span))));
        }
        String[] series = SERIES[random.nextInt(SERIES.length)];
        LocalDate docDate = assignedOn.minusDays(random.nextInt(6));
        PlannedTask.Document document = new PlannedTask.Document((1 + random.nextInt(980)) + "/" + series[0], docDate,
                DemoPeople.fullName(series[0] + docDate.getYear()), series[1] + " năm " + docDate.getYear());
        return new PlannedTask(document, title, area, lead, assignedOn, deadline, sessionId, events);
    }

    private void add(long id, PlannedTask task, LocalDate today, Batch batch) {
        AgencySummary lead = task.lead();
        LocalDate planDate = task.planDate();
        Long planId = task.planYear() == null ? null : planIds.get(lead.id() + ":" + task.planYear());
        String title = task.title();
        PlannedTask.Document document = task.document();
        batch.tasks.add(new Object[] {id, task.sessionId(), task.conclusionId(), document.number(), date(document.date()), document.signer(),
            document.excerpt(), title, TextMatch.fold(title), task.area().name(), lead.id(), Date.valueOf(task.assignedOn()),
            date(task.deadline()), date(task.deadline()), "NORMAL", planDate.getYear(), Date.valueOf(planDate), planId});
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(TaskEventType.ASSIGNED, task.assignedOn(), null, lead.id()));
        events.addAll(task.events());
        if (lead.validTo() != null && lead.successorId() != null) {
            events.add(new TimelineEvent(TaskEventType.LEAD_TRANSFERRED, lead.validTo().plusDays(1), null, lead.successorId()));
        }
        List<TimelineEvent> happened = events.stream().filter(e -> !e.on().isAfter(today))
                .sorted(Comparator.comparing(TimelineEvent::on)).toList();
        int reports = 0;
        List<PendingWork.Entry> pendingHistory = new ArrayList<>();
        for (TimelineEvent event : happened) {
            long holder = lead.validTo() != null && lead.successorId() != null && event.on().isAfter(lead.validTo())
                    ? lead.successorId() : lead.id();
            String actor = actor(event.type(), agencyCodes.get(holder));
            Timestamp at = Timestamp.from(event.on().atTime(LocalTime.of(9, 0).plusMinutes(id % 420))
                    .toInstant(ZoneOffset.ofHours(7)));
            Integer percent = null;
            String note = null;
            if (event.type() == TaskEventType.PROGRESS_REPORTED) {
                reports++;
                percent = event.percent() != null ? event.percent() : Math.min(90, 20 * reports + (int) (id % 15));
                note = PROGRESS[(int) ((id + reports) % PROGRESS.length)];
                batch.reports.add(new Object[] {id, holder, actor, percent, note, at, at, at});
            } else if (event.type() == TaskEventType.COMPLETION_PROPOSED) {
                percent = 100;
                note = "Báo cáo kết quả thực hiện số " + (10 + id % 290) + "/" + reportSymbols.get(holder) + " ngày "
                        + Formats.date(event.on().minusDays(1));
            }
            pendingHistory.add(new PendingWork.Entry(event.type(), at.toInstant(), event.on()));
            batch.events.add(new Object[] {id, event.type().name(), at, Date.valueOf(event.on()), actor, note,
                date(event.newDeadline()), event.type() == TaskEventType.LEAD_TRANSFERRED ? lead.id() : null,
                event.newAgencyId(), percent});
        }
        List<TaskSpan> spans = TaskStatusEngine.spans(task.assignedOn(), task.deadline(), lead.id(), happened);
        for (TaskSpan s : spans) {
            batch.spans.add(new Object[] {id, Date.valueOf(s.from()), date(s.to()), s.state().name(), s.agencyId(),
                date(s.originalDeadline()), date(s.effectiveDeadline()), date(s.completedOn()), Date.valueOf(planDate),
                task.area().name(), planId != null});
        }
        TaskSpan last = spans.getLast();
        PendingWork pending = PendingWork.of(pendingHistory);
        batch.finals.add(new Object[] {last.state().name(), date(last.effectiveDeadline()), last.agencyId(),
            date(last.completedOn()),
            timestamp(pending.proposalSince()), timestamp(pending.extensionSince()), timestamp(pending.returnedAt()),
            date(pending.lastReportedOn()), id});
    }

    /** Who records an event of this type: the secretariat's officer, or the agency's officer or leader. */
    private static String actor(TaskEventType type, String agencyCode) {
        return switch (type) {
            case PROGRESS_REPORTED -> DemoPeople.officer(agencyCode);
            case COMPLETION_PROPOSED, EXTENSION_REQUESTED -> DemoPeople.leader(agencyCode);
            default -> DemoPeople.SECRETARIAT;
        };
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static final class Batch {
        final List<Object[]> tasks = new ArrayList<>();
        final List<Object[]> events = new ArrayList<>();
        final List<Object[]> spans = new ArrayList<>();
        final List<Object[]> finals = new ArrayList<>();
        final List<Object[]> reports = new ArrayList<>();

        void write(JdbcTemplate jdbc) {
            jdbc.batchUpdate("""
                    INSERT INTO task (id, session_id, conclusion_id, doc_number, doc_date, doc_signer, doc_excerpt, title,
                                      search_text, area, lead_agency_id, assigned_on, original_deadline, deadline, priority,
                                      plan_year, plan_date, plan_id, state, directive, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', FALSE, 0)""", tasks);
            jdbc.batchUpdate("""
                    INSERT INTO task_event (task_id, type, occurred_at, effective_on, actor, note, new_deadline,
                                            from_agency_id, to_agency_id, percent_done)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", events);
            jdbc.batchUpdate("""
                    INSERT INTO task_report (task_id, agency_id, author, percent_done, narrative, submitted, created_at,
                                             updated_at, submitted_at, version)
                    VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, 0)""", reports);
            jdbc.batchUpdate("""
                    INSERT INTO task_span (task_id, from_date, to_date, state, agency_id, original_deadline,
                                           effective_deadline, completed_on, plan_date, area, in_plan)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", spans);
            jdbc.batchUpdate("""
                    UPDATE task SET state = ?, deadline = ?, lead_agency_id = ?, completed_on = ?, proposal_pending_since = ?,
                                    extension_pending_since = ?, returned_at = ?, last_reported_on = ?
                    WHERE id = ?""", finals);
        }
    }
}
