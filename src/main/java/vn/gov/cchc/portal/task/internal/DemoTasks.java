package vn.gov.cchc.portal.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.DemoPeople;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TimelineEvent;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import java.util.HashMap;

/**
 * The {@code demo} profile's tasks, as a secretariat would have entered them from the agencies' annual reform plans:
 * the plan year 2022 (reviewed at the 3rd session), the plan year 2023 built to the published figures as of
 * 21/06/2023 (see {@link DemoPlan2023}) with deadlines spread through the year as real plans have them, and current
 * tasks for today's 34 provinces and 17 ministry-level agencies. See docs/demo-data.md.
 */
@Component
@Profile("demo")
@Order(20)
class DemoTasks implements ApplicationRunner {

    static final LocalDate CUTOFF = LocalDate.of(2023, 6, 21);
    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

    /** Tasks of an annual plan, per reform area, as plans word them. */
    private static final Map<ReformArea, String[]> TITLES = Map.of(
            ReformArea.DIRECTION, new String[] {"Ban hành kế hoạch kiểm tra công tác cải cách hành chính",
                "Tổ chức đánh giá, xác định Chỉ số cải cách hành chính của các sở, ngành",
                "Tuyên truyền về cải cách hành chính trên cổng thông tin điện tử"},
            ReformArea.INSTITUTIONS, new String[] {"Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
                "Kiểm tra, xử lý văn bản quy phạm pháp luật trái thẩm quyền",
                "Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm"},
            ReformArea.PROCEDURES, new String[] {"Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
                "Công bố, công khai danh mục thủ tục hành chính được chuẩn hóa",
                "Cắt giảm, đơn giản hóa quy định liên quan đến hoạt động kinh doanh",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"},
            ReformArea.APPARATUS, new String[] {"Rà soát, sắp xếp các đơn vị sự nghiệp công lập",
                "Kiện toàn chức năng, nhiệm vụ của các cơ quan chuyên môn"},
            ReformArea.CIVIL_SERVICE, new String[] {"Xây dựng vị trí việc làm, cơ cấu ngạch công chức",
                "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức",
                "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"},
            ReformArea.PUBLIC_FINANCE, new String[] {"Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công"},
            ReformArea.DIGITAL_GOVERNMENT, new String[] {"Triển khai dịch vụ công trực tuyến toàn trình",
                "Tích hợp, cung cấp dịch vụ công trên Cổng Dịch vụ công quốc gia",
                "Triển khai 25 dịch vụ công thiết yếu theo Đề án 06",
                "Nâng cấp hệ thống quản lý văn bản và điều hành"});

    /**
     * What the secretariat assigned from the 3rd session's conclusions (seed 003, paragraphs 1 to 5 as DemoSessions
     * records them): to whom, with which title and area. "*" is every agency of the group with a 2023 plan.
     */
    private record FromConclusion(int paragraph, String to, String title, ReformArea area) {
    }

    private static final List<FromConclusion> THIRD_SESSION = List.of(
            new FromConclusion(1, "*ministries", "Đẩy nhanh xây dựng cơ sở dữ liệu chuyên ngành, gắn chuyển đổi số với bồi dưỡng kỹ"
                    + " năng số cho cán bộ, công chức", ReformArea.DIGITAL_GOVERNMENT),
            new FromConclusion(2, "*provinces", "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; rà soát, cắt giảm,"
                    + " đơn giản hóa quy trình, quy định thủ tục hành chính", ReformArea.PROCEDURES),
            new FromConclusion(3, "*provinces", "Nâng cao hiệu quả triển khai 25 dịch vụ công thiết yếu theo Đề án 06",
                    ReformArea.DIGITAL_GOVERNMENT),
            new FromConclusion(3, "bca", "Nâng cao hiệu quả triển khai 25 dịch vụ công thiết yếu theo Đề án 06",
                    ReformArea.DIGITAL_GOVERNMENT),
            new FromConclusion(4, "bnv", "Hoàn thiện cơ chế, chính sách phát hiện, thu hút, trọng dụng nhân tài",
                    ReformArea.CIVIL_SERVICE),
            new FromConclusion(4, "bnv", "Xây dựng chính sách liên thông cán bộ, công chức cấp xã với cấp huyện, cấp tỉnh",
                    ReformArea.CIVIL_SERVICE),
            new FromConclusion(5, "bkhdt", "Rà soát, tháo gỡ rào cản về thể chế, cơ chế để nâng cao hiệu quả giải ngân vốn đầu"
                    + " tư công", ReformArea.PUBLIC_FINANCE),
            new FromConclusion(5, "btc", "Rà soát, tháo gỡ rào cản về thể chế, cơ chế để nâng cao hiệu quả giải ngân vốn đầu"
                    + " tư công", ReformArea.PUBLIC_FINANCE),
            new FromConclusion(5, "vpcp", "Tăng cường cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia",
                    ReformArea.DIGITAL_GOVERNMENT));

    /** The (invented) notice by which the secretariat passed the 3rd session's conclusions on as tasks. */
    private static final PlannedTask.Document THIRD_SESSION_NOTICE = new PlannedTask.Document("38/TB-VPBCĐ",
            LocalDate.of(2023, 2, 15), "Đỗ Quang Thịnh",
            "Thông báo kết luận của Trưởng Ban Chỉ đạo tại Phiên họp thứ ba của Ban Chỉ đạo cải cách hành chính của Chính phủ");
    private static final LocalDate THIRD_SESSION_ASSIGNED = LocalDate.of(2023, 2, 20);

    private final TaskGenerator generator;
    private final AgencyService agencies;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SessionService sessions;
    private final ConclusionService conclusions;

    DemoTasks(TaskGenerator generator, AgencyService agencies, JdbcTemplate jdbc, Clock clock, SessionService sessions,
            ConclusionService conclusions) {
        this.sessions = sessions;
        this.conclusions = conclusions;
        this.generator = generator;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // once only; an older demo database (its plan numbered DEMO-2023-…) is left as it is: delete ./data to renew it
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE (plan_year = 2023 AND doc_excerpt LIKE ?)"
                + " OR doc_number LIKE 'DEMO-2023-%'", Integer.class, "Kế hoạch cải cách hành chính năm 2023%");
        if (existing != null && existing > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            LocalDate today = PortalTime.today(clock);
            List<PlannedTask> tasks = new ArrayList<>();
            for (AgencySummary agency : agencies.list(AgencyFilter.activeOn(LocalDate.of(2022, 12, 31), null))) {
                Random random = new Random(agency.code().hashCode() * 31L + 2022);
                int planned = (agency.group() == AgencyGroup.MINISTRIES ? 16 : 20) + random.nextInt(12);
                for (int i = 0; i < planned; i++) {
                    tasks.add(pastYear(agency, 2022, i, random));
                }
            }
            int year2022 = tasks.size();
            Map<AgencySummary, DemoPlan2023.Plan> plans = DemoPlan2023.build(agencies.list(AgencyFilter.activeOn(CUTOFF, null)));
            Map<Integer, Long> thirdSession = thirdSessionConclusions();
            for (Map.Entry<AgencySummary, DemoPlan2023.Plan> plan : plans.entrySet()) {
                Random random = new Random(plan.getKey().code().hashCode() * 31L + 2023);
                Map<Integer, FromConclusion> assigned = fromConclusions(plan.getKey(), plan.getValue().planned(), thirdSession);
                for (int i = 0; i < plan.getValue().planned(); i++) {
                    tasks.add(year2023(plan.getKey(), i, i < plan.getValue().done(), random, LocalDate.of(2023, 1, 4).plusDays(i % 10)));
                    FromConclusion source = assigned.get(i);
                    if (source != null) {
                        // a task of another source, beside the plan: the secretariat's own line in the figures
                        Random own = new Random((plan.getKey().code() + source.title()).hashCode());
                        tasks.add(year2023(plan.getKey(), i, i < plan.getValue().done(), own, THIRD_SESSION_ASSIGNED)
                                .fromConclusion(THIRD_SESSION_NOTICE, source.title() + " năm 2023", source.area(),
                                        thirdSessionId(), thirdSession.get(source.paragraph())));
                    }
                }
            }
            int year2023 = tasks.size() - year2022;
            int thisYear = today.getYear();
            for (AgencySummary agency : thisYear > 2023 ? agencies.list(AgencyFilter.activeOn(LocalDate.of(thisYear, 1, 1), null))
                    : List.<AgencySummary>of()) {
                Random random = new Random(agency.code().hashCode() * 31L + thisYear);
                int planned = (agency.group() == AgencyGroup.MINISTRIES ? 16 : 20) + random.nextInt(12);
                for (int i = 0; i < planned; i++) {
                    tasks.add(pastYear(agency, thisYear, i, random));
                }
            }
            generator.insert(tasks, today);
            generator.generate(2_000, 2026, agencies.list(AgencyFilter.all()), List.of(), LocalDate.of(2025, 7, 1),
                    today.minusDays(1), today, 0);
            log.info("Demo tasks created: {} of the 2022 plans, {} of the 2023 plans and the 3rd session, {} of the {}"
                    + " plans, 2.000 assigned since July 2025", year2022, year2023, tasks.size() - year2022 - year2023,
                    thisYear);
        });
    }

    /** The 3rd session's conclusion paragraphs by number (none when the demo has no 3rd session). */
    private Map<Integer, Long> thirdSessionConclusions() {
        Long session = thirdSessionId();
        Map<Integer, Long> byNumber = new HashMap<>();
        if (session != null) {
            conclusions.list(session).forEach(conclusion -> byNumber.put(conclusion.number(), conclusion.id()));
        }
        return byNumber;
    }

    private Long thirdSessionId() {
        return sessions.list(SessionFilter.all()).stream().filter(s -> s.number() == 3).map(SessionSummary::id).findFirst()
                .orElse(null);
    }

    /**
     * Which of the agency's 2023 tasks came from the 3rd session's conclusions rather than its own plan: the secretariat
     * assigned them in February and the agency took them into its year's work, so its count of tasks for 2023 stays
     * what seed 000 publishes. Positions spread by a hash, so they are done or open like the agency's other tasks.
     */
    private static Map<Integer, FromConclusion> fromConclusions(AgencySummary agency, int planned, Map<Integer, Long> paragraphs) {
        Map<Integer, FromConclusion> at = new HashMap<>();
        for (FromConclusion source : THIRD_SESSION) {
            boolean mine = source.to().equals("*" + (agency.group() == AgencyGroup.MINISTRIES ? "ministries" : "provinces"))
                    || source.to().equals(agency.code());
            if (!mine || !paragraphs.containsKey(source.paragraph()) || at.size() >= planned) {
                continue;
            }
            int i = ((agency.code() + source.title()).hashCode() & 0x7fffffff) % planned;
            while (at.containsKey(i)) {
                i = (i + 1) % planned;
            }
            at.put(i, source);
        }
        return at;
    }

    /**
     * A task of an agency's plan of {@code year}: most done by their deadlines, a few late, some still open at the
     * year's end and finished the next year (of 2022: open at the 3rd session). Events after today are left out, so
     * the current year's plans stand as they would on the day.
     */
    private static PlannedTask pastYear(AgencySummary agency, int year, int i, Random random) {
        LocalDate assigned = LocalDate.of(year, 1, 10).plusDays(i % 12);
        LocalDate deadline = deadlineInYear(year, random);
        List<TimelineEvent> events = new ArrayList<>();
        events.add(TimelineEvent.of(TaskEventType.PROGRESS_REPORTED, assigned.plusDays(40 + random.nextInt(60))));
        int outcome = random.nextInt(100);
        LocalDate proposed;
        if (outcome < 88) {
            proposed = outcome < 80 ? deadline.minusDays(random.nextInt(20) + 1) : deadline.plusDays(5 + random.nextInt(20));
            proposed = proposed.isAfter(assigned.plusDays(50)) ? proposed : assigned.plusDays(50);
        } else {
            // still open at the year's end; carried on and finished late the next year
            proposed = LocalDate.of(year + 1, 3, 1).plusDays(random.nextInt(200));
        }
        events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposed));
        events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, proposed.plusDays(2)));
        return task(agency, year, i, assigned, deadline, null, events);
    }

    /**
     * Task {@code i} of an agency's 2023 plan. Done by the cut-off: due any time in the year, finished on time
     * (a few late) before 21/06/2023. Still open then: about one in ten already overdue, the rest due in the second
     * half (many at year end), as annual plans schedule them; four in five of those finished later in 2023, the rest
     * carried over the 2025 merges and finished late by the successor agencies.
     */
    private static PlannedTask year2023(AgencySummary agency, int i, boolean doneByCutoff, Random random, LocalDate assigned) {
        List<TimelineEvent> events = new ArrayList<>();
        LocalDate deadline;
        if (doneByCutoff) {
            deadline = random.nextInt(100) < 60 ? LocalDate.of(2023, 3, 1).plusDays(random.nextInt(110)) : deadlineInYear(2023, random);
            // a task assigned in February (from the 3rd session) is not due within two weeks of it
            deadline = deadline.isAfter(assigned.plusDays(14)) ? deadline : assigned.plusDays(30);
            boolean late = random.nextInt(100) < 8 && deadline.isBefore(LocalDate.of(2023, 6, 1));
            LocalDate proposed = late ? deadline.plusDays(3 + random.nextInt(10))
                    : min(deadline.minusDays(1 + random.nextInt(15)), CUTOFF.minusDays(2 + random.nextInt(20)));
            proposed = proposed.isAfter(assigned.plusDays(20)) ? proposed : assigned.plusDays(20 + random.nextInt(10));
            events.add(TimelineEvent.of(TaskEventType.PROGRESS_REPORTED, proposed.minusDays(10 + random.nextInt(10))));
            events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposed));
            events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, min(proposed.plusDays(1), CUTOFF.minusDays(1))));
        } else {
            deadline = random.nextInt(100) < 10 ? LocalDate.of(2023, 4, 15).plusDays(random.nextInt(60))
                    : secondHalf(random);
            LocalDate firstReport = assigned.plusDays(60 + random.nextInt(60));
            LocalDate due = deadline;
            if (deadline.isBefore(CUTOFF) && random.nextInt(100) < 40) {
                // more time asked before the deadline and granted: overdue against the original deadline only
                due = deadline.plusDays(75);
                events.add(new TimelineEvent(TaskEventType.EXTENSION_REQUESTED, deadline.minusDays(6), due, null));
                events.add(new TimelineEvent(TaskEventType.EXTENSION_APPROVED, deadline.minusDays(3), due, null));
            }
            boolean late;
            // the percents come from a random of their own, so the dates and outcomes above stay as they were
            Random progress = new Random((agency.code() + "/" + i).hashCode());
            if (random.nextInt(100) < 80) {
                LocalDate secondReport = CUTOFF.plusDays(20 + random.nextInt(40));
                LocalDate proposed = random.nextInt(100) < 85 ? due.minusDays(random.nextInt(15))
                        : due.plusDays(5 + random.nextInt(25));
                proposed = proposed.isAfter(CUTOFF.plusDays(70)) ? proposed : CUTOFF.plusDays(70 + random.nextInt(30));
                late = proposed.isAfter(due);
                events.add(TimelineEvent.report(secondReport, late ? 40 + progress.nextInt(20) : 70 + progress.nextInt(20)));
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposed));
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, proposed.plusDays(2)));
            } else {
                // carried over: still open at the 2025 merges, finished late by the successor agency
                late = true;
                LocalDate proposed = LocalDate.of(2025, 8, 1).plusDays(random.nextInt(300));
                events.add(TimelineEvent.report(LocalDate.of(2024, 11, 1).plusDays(random.nextInt(60)), 60 + progress.nextInt(25)));
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposed));
                events.add(TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, proposed.plusDays(3)));
            }
            // what the reports said meanwhile: the tasks that end late mostly stall early, those on time move on (ADR 0026)
            boolean stalls = late ? progress.nextInt(100) < 75 : progress.nextInt(100) < 15;
            events.add(0, TimelineEvent.report(firstReport, stalls ? 5 + progress.nextInt(20) : 30 + progress.nextInt(20)));
            if (!stalls) {
                events.add(1, TimelineEvent.report(firstReport.plusDays(25 + progress.nextInt(20)), 50 + progress.nextInt(20)));
            }
        }
        return task(agency, 2023, i, assigned, deadline, null, events);
    }

    private static PlannedTask task(AgencySummary agency, int year, int i, LocalDate assigned, LocalDate deadline,
            Long sessionId, List<TimelineEvent> events) {
        ReformArea area = ReformArea.values()[(i + agency.code().length()) % ReformArea.values().length];
        String[] titles = TITLES.get(area);
        String title = titles[(i / ReformArea.values().length) % titles.length] + " năm " + year;
        return new PlannedTask(plan(agency, year), title, area, agency, assigned, deadline, sessionId, events).inPlan(year);
    }

    /** The agency's annual reform plan: "275/KH-UBND" of late December, signed by its head. */
    private static PlannedTask.Document plan(AgencySummary agency, int year) {
        int h = (agency.code() + year).hashCode() & 0x7fffffff;
        String symbol = agency.group() == AgencyGroup.PROVINCES ? "KH-UBND"
                : "KH-" + agency.code().toUpperCase(Locale.ROOT).replace("-", "");
        return new PlannedTask.Document((120 + h % 260) + "/" + symbol, LocalDate.of(year - 1, 12, 12).plusDays(h % 18),
                DemoPeople.fullName("head of " + agency.code() + year),
                "Kế hoạch cải cách hành chính năm " + year + " của " + agency.nameVi());
    }

    /** A deadline in the year as annual plans schedule them: quarter ends, mid-December and the year's end weigh most. */
    private static LocalDate deadlineInYear(int year, Random random) {
        int pick = random.nextInt(100);
        if (pick < 10) {
            return LocalDate.of(year, 3, 31);
        } else if (pick < 22) {
            return LocalDate.of(year, 6, 30);
        } else if (pick < 34) {
            return LocalDate.of(year, 9, 30);
        } else if (pick < 52) {
            return LocalDate.of(year, 12, 15);
        } else if (pick < 72) {
            return LocalDate.of(year, 12, 31);
        }
        return LocalDate.of(year, 2, 1).plusDays(random.nextInt(300));
    }

    private static LocalDate secondHalf(Random random) {
        int pick = random.nextInt(100);
        if (pick < 8) {
            return LocalDate.of(2023, 6, 30);
        } else if (pick < 30) {
            return LocalDate.of(2023, 9, 30);
        } else if (pick < 52) {
            return LocalDate.of(2023, 12, 15);
        } else if (pick < 80) {
            return LocalDate.of(2023, 12, 31);
        }
        return LocalDate.of(2023, 7, 1).plusDays(random.nextInt(150));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
