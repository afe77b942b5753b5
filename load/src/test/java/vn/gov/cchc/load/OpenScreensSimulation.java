package vn.gov.cchc.load;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The memory one signed-in screen costs (ADR 0022): {@code load.users} users sign in and open one screen — the
 * secretariat the task grid ({@code load.role=secretariat}), a province or ministry officer one of their tasks
 * ({@code load.role=officer}) — arriving over {@code load.ramp} seconds; they keep it open until the end of
 * {@code load.hold}, then close the tab. scripts/memory-benchmark.sh reads the portal's heap meanwhile.
 */
public class OpenScreensSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 60));
    private static final Duration HOLD = Duration.ofSeconds(Long.getLong("load.hold", 120));
    private static final long CLOSE_AT = System.currentTimeMillis() + RAMP.plus(HOLD).toMillis();
    private static final boolean SECRETARIAT = System.getProperty("load.role", "secretariat").equals("secretariat");

    private final ChainBuilder openScreen = SECRETARIAT
            ? Vaadin.navigate("task grid", "tasks", "Nhiệm vụ · BCĐ CCHC")
            : Vaadin.navigate("agency task", "agency/task/#{taskId}", "Lưu nháp");

    private final ScenarioBuilder users = scenario(SECRETARIAT ? "Secretariat" : "Agency officer")
            .feed(csv(System.getProperty("load.feeder")).queue())
            .exec(Vaadin.signIn())
            .exec(openScreen)
            .pause(session -> Duration.ofMillis(Math.max(0, CLOSE_AT - System.currentTimeMillis())))
            .exec(Vaadin.closeTab());

    {
        setUp(users.injectOpen(rampUsers(USERS).during(RAMP)))
                .protocols(http.baseUrl(System.getProperty("load.base", "http://localhost:8300")).shareConnections())
                .maxDuration(RAMP.plus(HOLD).plusSeconds(60));
    }

    @Override
    public void after() {
        Timings.write();
    }
}
