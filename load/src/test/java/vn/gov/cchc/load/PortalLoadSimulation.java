package vn.gov.cchc.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The day before a session (ADR 0022): province and ministry officers open their agency's task list, one of their
 * tasks, save a progress report as a draft and send it; committee members read the figures, the list of briefs and a
 * brief. Every user waits 5 s between actions (reading, typing) and goes on until the end of the run; 80 % are
 * officers. Each officer works on a task of their own (the benchmark script gives every load account one open task
 * of its agency), so no two users ever save the same report.
 *
 * <p>System properties: {@code load.base} (the portal's address), {@code load.users}, {@code load.ramp} and
 * {@code load.hold} (seconds: users arrive evenly over the ramp, then all stay for the hold),
 * {@code load.officers} and {@code load.members} (CSV feeders the script writes), {@code load.briefs} (issued
 * brief ids, comma separated).
 */
public class PortalLoadSimulation extends Simulation {

    private static final Duration THINK = Duration.ofSeconds(5);
    private static final String BASE = System.getProperty("load.base", "http://localhost:8300");
    private static final int USERS = Integer.getInteger("load.users", 250);
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 120));
    private static final Duration HOLD = Duration.ofSeconds(Long.getLong("load.hold", 180));
    private static final List<String> BRIEFS = List.of(System.getProperty("load.briefs", "1").split(","));
    /** When the users stop: the end of the hold, whatever their place in the loop. */
    private static final long END = System.currentTimeMillis() + RAMP.plus(HOLD).toMillis();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("*/*").acceptLanguageHeader("vi-VN,vi;q=0.9,en;q=0.8").acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/156.0 Safari/537.36")
            .shareConnections();

    private static ChainBuilder untilTheEnd(ChainBuilder actions) {
        return asLongAs(session -> System.currentTimeMillis() < END).on(actions);
    }

    private final ChainBuilder reportProgress = exec(
            Vaadin.navigate("agency task list", "agency/tasks", "Nhiệm vụ của cơ quan · BCĐ CCHC")).pause(THINK)
            .exec(Vaadin.navigate("agency task", "agency/task/#{taskId}", "Lưu nháp", Vaadin.Page.NEW)).pause(THINK)
            .exec(Vaadin.uidl("save progress draft", PortalLoadSimulation::draft, "Đã lưu bản nháp.", Vaadin.Page.CHANGED))
            .pause(THINK)
            .exec(Vaadin.uidl("send progress report",
                    session -> List.of(Vaadin.click(tree(session).button("Gửi báo cáo").orElseThrow())),
                    "Đã gửi báo cáo tiến độ.", Vaadin.Page.CHANGED)).pause(THINK)
            .exec(Vaadin.navigate("home", "", "Trang chủ · BCĐ CCHC")).pause(THINK);

    private final ChainBuilder readFigures = exec(
            Vaadin.navigate("dashboard", "dashboard", "Số liệu tổng hợp · BCĐ CCHC")).pause(THINK)
            .exec(Vaadin.navigate("brief list", "briefs", "Báo cáo tóm tắt · BCĐ CCHC")).pause(THINK)
            .exec(session -> session.set("briefId", BRIEFS.get(ThreadLocalRandom.current().nextInt(BRIEFS.size()))))
            .exec(Vaadin.navigate("brief", "brief/#{briefId}", "Báo cáo tóm tắt phiên họp thứ")).pause(THINK)
            .exec(Vaadin.navigate("home", "", "Trang chủ · BCĐ CCHC")).pause(THINK);

    private final ScenarioBuilder officers = scenario("Agency officer")
            .feed(csv(System.getProperty("load.officers", "officers.csv")).queue())
            .exec(Vaadin.signIn()).pause(THINK)
            .exec(untilTheEnd(reportProgress));

    private final ScenarioBuilder members = scenario("Committee member")
            .feed(csv(System.getProperty("load.members", "members.csv")).circular())
            .exec(Vaadin.signIn()).pause(THINK)
            .exec(untilTheEnd(readFigures));

    /** The officer types a percentage and a sentence, then clicks "Lưu nháp". */
    private static List<ObjectNode> draft(Session session) {
        UidlTree tree = tree(session);
        int percent = 10 + ThreadLocalRandom.current().nextInt(81);
        List<ObjectNode> rpcs = new ArrayList<>(Vaadin.typed(tree.newest("vaadin-integer-field").orElseThrow(),
                String.valueOf(percent)));
        rpcs.addAll(Vaadin.typed(tree.newest("vaadin-text-area").orElseThrow(),
                "Đã hoàn thành " + percent + " % khối lượng; đang tổng hợp ý kiến các sở, ngành trước khi trình UBND."));
        rpcs.add(Vaadin.click(tree.button("Lưu nháp").orElseThrow()));
        return rpcs;
    }

    private static UidlTree tree(Session session) {
        return session.get("tree");
    }

    {
        int officerCount = Math.round(USERS * 0.8f);
        setUp(officers.injectOpen(rampUsers(officerCount).during(RAMP)),
                members.injectOpen(rampUsers(USERS - officerCount).during(RAMP)))
                .protocols(protocol)
                .maxDuration(RAMP.plus(HOLD).plusSeconds(60));
    }

    @Override
    public void after() {
        Timings.write();
    }
}
