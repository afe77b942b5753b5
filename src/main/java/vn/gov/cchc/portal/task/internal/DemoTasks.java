package vn.gov.cchc.portal.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TimelineEvent;

/**
 * The {@code demo} profile's tasks: the first half of 2023 built to the published figures (see
 * {@link DemoPlan2023}), most of the then-open tasks finished later in 2023, and current tasks for today's 34
 * provinces and 17 ministry-level agencies.
 */
@Component
@Profile("demo")
@Order(20)
class DemoTasks implements ApplicationRunner {

    static final LocalDate CUTOFF = LocalDate.of(2023, 6, 21);
    private static final String DOC_PREFIX = "DEMO-2023-";
    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);
    private static final String[] TOPICS = {"Rà soát, đơn giản hóa thủ tục hành chính", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "Triển khai dịch vụ công trực tuyến toàn trình", "Kiện toàn tổ chức bộ máy", "Đánh giá, xếp loại công chức",
        "Cải cách tài chính công", "Hoàn thiện văn bản quy phạm pháp luật", "Kiểm tra công tác cải cách hành chính"};

    private final TaskGenerator generator;
    private final AgencyService agencies;
    private final SessionService sessions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoTasks(TaskGenerator generator, AgencyService agencies, SessionService sessions, JdbcTemplate jdbc, Clock clock) {
        this.generator = generator;
        this.agencies = agencies;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE doc_number LIKE ?", Integer.class,
                DOC_PREFIX + "%");
        if (existing != null && existing > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            LocalDate today = PortalTime.today(clock);
            Long fifthSession = sessions.list(new SessionFilter(2023, null)).stream().filter(s -> s.number() == 5)
                    .map(SessionSummary::id).findFirst().orElse(null);
            Map<AgencySummary, DemoPlan2023.Plan> plans = DemoPlan2023.build(
                    agencies.list(AgencyFilter.activeOn(CUTOFF, null)));
            List<PlannedTask> tasks = new ArrayList<>();
            int sequence = 0;
            for (Map.Entry<AgencySummary, DemoPlan2023.Plan> plan : plans.entrySet()) {
                for (int i = 0; i < plan.getValue().planned(); i++) {
                    tasks.add(firstHalf2023(plan.getKey(), i, i < plan.getValue().done(), sequence++, fifthSession));
                }
            }
            generator.insert(tasks, today);
            List<Long> sessionIds = sessions.list(SessionFilter.all()).stream().map(SessionSummary::id).toList();
            generator.generate(2_000, 2026, agencies.list(AgencyFilter.all()), sessionIds, LocalDate.of(2025, 7, 1),
                    today.minusDays(1), today);
            log.info("Demo tasks created: {} for the first half of 2023, 2.000 current", tasks.size());
        });
    }

    /** Task {@code i} of an agency's 2023 plan: done (by the cut-off) or still open then. */
    private static PlannedTask firstHalf2023(AgencySummary agency, int i, boolean doneByCutoff, int sequence,
            Long sessionId) {
        LocalDate assigned = LocalDate.of(2023, 1, 3).plusDays(i % 20);
        // finished tasks were due any time in the half-year; those still open by the cut-off mostly later in it
        LocalDate deadline = doneByCutoff ? LocalDate.of(2023, 2, 15).plusDays((i * 37L) % 136)
                : LocalDate.of(2023, 5, 2).plusDays((i * 37L) % 60);
        List<TimelineEvent> events = new ArrayList<>();
        if (doneByCutoff) {
            boolean late = i % 10 == 3 && deadline.isBefore(LocalDate.of(2023, 6, 10));
            LocalDate proposed = late ? deadline.plusDays(3) : min(deadline.minusDays(2), LocalDate.of(2023, 6, 19));
            proposed = proposed.isAfter(assigned) ? proposed : assigned.plusDays(1);
            events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposed));
            events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, proposed.plusDays(1)));
        } else {
            events.add(TimelineEvent.of(TaskEventType.PROGRESS_REPORTED, assigned.plusDays(30)));
            if (i % 5 != 0) {
                LocalDate proposed = LocalDate.of(2023, 7, 1).plusDays((i * 13L) % 170);
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposed));
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, proposed.plusDays(2)));
            }
        }
        ReformArea area = ReformArea.values()[sequence % ReformArea.values().length];
        String title = TOPICS[sequence % TOPICS.length] + " năm 2023 — " + agency.nameVi() + " (" + (i + 1) + ")";
        return new PlannedTask(DOC_PREFIX + sequence, title, area, agency, assigned, deadline,
                i % 3 == 0 ? sessionId : null, events);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
