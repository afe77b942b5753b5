package vn.gov.cchc.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Vaadin Flow's client protocol, as Chromium sends it (recorded from the portal): a page load asks
 * {@code ?v-r=init} for a UI and its CSRF key; every user action is one {@code ?v-r=uidl} POST carrying that key, the
 * last sync and client ids the server gave, and RPCs — {@code ui-navigate} for a link, {@code mSync} + {@code change}
 * for a typed field, {@code click} for a button. A response that the server refuses (a {@code meta} block: session
 * expired, resynchronisation, a CSRF or security error), that lacks a sync id, or that does not show what the user
 * expects (a page title, the saved message) fails the request.
 */
final class Vaadin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String APP_SHELL_TITLE = "BCĐ CCHC";
    /** What Chromium at 1280 × 720 in UTC says of itself when it asks for a UI. */
    private static final String BROWSER_DETAILS = "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED"
            + "&v-wla=SUPPORTED&v-ws=false";

    private Vaadin() {
    }

    /**
     * Signs in through the sign-in page as a browser does: the page and its UI, the form's POST (a redirect home, not
     * back to the form), the home page's new UI, the old UI closed, and the client's first navigation.
     */
    static ChainBuilder signIn() {
        return exec(session -> session.set(Timings.PHASE, Timings.SIGN_IN))
                .exec(timed("sign-in page", http("sign-in page").get("/login").check(status().is(200))))
                .exec(timed("sign-in page UI", init("sign-in page UI", "login").check(
                        jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("loginUi"),
                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("loginCsrf"))))
                // the password is always right here, so a refusal is the portal saying it is busy ("try again in a
                // few seconds", ADR 0022): the user tries again 5 s later, up to 6 times; each refusal is counted
                .exec(session -> session.set("signInRefused", true).set("signInTries", 0))
                .asLongAs(session -> session.getBoolean("signInRefused") && session.getInt("signInTries") < 6).on(
                        exec(timed("sign in", http("sign in").post("/login").formParam("username", "#{username}")
                                .formParam("password", "#{password}").disableFollowRedirect()
                                .check(status().is(302), header("Location").saveAs("signInLocation"))))
                        .exec(session -> session.set("signInTries", session.getInt("signInTries") + 1)
                                .set("signInRefused", session.getString("signInLocation").endsWith("error")))
                        .doIf(session -> session.getBoolean("signInRefused")).then(
                                exec(session -> Timings.refused(session)).pause(Duration.ofSeconds(5))))
                .exec(timed("home page", http("home page").get("/").check(status().is(200))))
                .exec(timed("home page UI", init("home page UI", "").check(
                        jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                        jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId"))))
                .exec(timed("sign-in page UI closed", http("sign-in page UI closed").post("/?v-r=uidl&v-uiId=#{loginUi}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> unload(session.getString("loginCsrf"))))
                        .check(status().is(200))))
                .exec(navigate("home", "/", "Trang chủ · BCĐ CCHC"))
                .exec(session -> session.set(Timings.PHASE, Timings.WORK));
    }

    /** The request, with its response time noted for the report ({@link Timings}). */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs(Timings.RESPONSE_TIME)))
                .exec(session -> Timings.record(session, name));
    }

    private static HttpRequestActionBuilder init(String name, String location) {
        return http(name).get(session -> "/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query=" + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis())
                .check(status().is(200), jsonPath("$.appConfig.productionMode").is("true"));
    }

    /** What a step does with the page the response describes. */
    enum Page {
        /** Not looked at again (checks only: the cheapest for the load generator). */
        IGNORED,
        /** A new screen whose fields and buttons the next steps use: the tree starts again from this response. */
        NEW,
        /** The same screen, changed: applied to the tree. */
        CHANGED
    }

    /** A click on a link to {@code route} (the client's router tells the server). */
    static ChainBuilder navigate(String name, String route, String expected) {
        return navigate(name, route, expected, Page.IGNORED);
    }

    /**
     * The navigation, then the message a browser sends as soon as it has drawn the new screen (its components report
     * their state; here an empty one). Both matter to the server: it keeps each UI's last response in case the
     * client asks again, and a screen's first response is its largest.
     */
    static ChainBuilder navigate(String name, String route, String expected, Page page) {
        return uidl(name, session -> {
            ObjectNode data = NODES.objectNode().put("route", resolve(route, session)).put("query", "")
                    .put("appShellTitle", APP_SHELL_TITLE);
            data.putObject("historyState").put("idx", 0);
            data.put("trigger", route.equals("/") ? "" : "client");
            return List.of(event(1, "ui-navigate", data));
        }, expected, page).exec(uidl("screen drawn", session -> List.of(), null, Page.IGNORED));
    }

    private static String resolve(String route, Session session) {
        String resolved = route;
        for (String key : List.of("taskId", "briefId")) {
            if (session.contains(key)) {
                resolved = resolved.replace("#{" + key + "}", String.valueOf((Object) session.get(key)));
            }
        }
        return resolved;
    }

    /**
     * One UIDL round trip with the RPCs {@code rpcs} builds from the user's view of the page. The checks search the
     * body as text (a refusal carries a {@code "meta"} block and sync id -1); only a page the next steps need is
     * parsed.
     */
    static ChainBuilder uidl(String name, Function<Session, List<ObjectNode>> rpcs, String expected, Page page) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(responseTimeInMillis().saveAs(Timings.RESPONSE_TIME),
                status().is(200), substring("\"meta\":").notExists(),
                regex("\"syncId\":(\\d+)").saveAs("syncId"), regex("^\\{\"clientId\":(\\d+)").saveAs("clientId")));
        if (expected != null) {
            checks.add(substring(expected));
        }
        if (page != Page.IGNORED) {
            checks.add(bodyString().saveAs("body"));
        }
        ChainBuilder round = exec(http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message(session, rpcs.apply(session))))
                .check(checks)).exec(session -> Timings.record(session, name));
        if (page == Page.NEW) {
            round = round.exec(session -> session.set("tree", new UidlTree()));
        }
        return page == Page.IGNORED ? round : round.exec(Vaadin::applyChanges);
    }

    private static String message(Session session, List<ObjectNode> rpcs) {
        ObjectNode message = NODES.objectNode().put("csrfToken", session.getString("csrf"));
        ArrayNode rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", Integer.parseInt(String.valueOf((Object) session.get("syncId"))))
                .put("clientId", Integer.parseInt(String.valueOf((Object) session.get("clientId"))));
        return message.toString();
    }

    /** The tab is closed: the browser tells the server, which closes the UI at once. */
    static ChainBuilder closeTab() {
        return exec(http("tab closed").post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> unload(session.getString("csrf"))))
                .check(status().is(200)));
    }

    private static String unload(String csrf) {
        ObjectNode message = NODES.objectNode().put("csrfToken", csrf);
        message.putArray("rpc");
        return message.put("UNLOAD", true).toString();
    }

    private static Session applyChanges(Session session) {
        try {
            UidlTree tree = session.get("tree");
            tree.apply(JSON.readTree(session.getString("body")).path("changes"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return session.remove("body");
    }

    static ObjectNode event(int node, String event, ObjectNode data) {
        return NODES.objectNode().put("type", "event").put("node", node).put("event", event).set("data", data);
    }

    /** What the browser sends when a user types into a field and leaves it. */
    static List<ObjectNode> typed(int node, String value) {
        return List.of(NODES.objectNode().put("type", "mSync").put("node", node).put("feature", 1)
                        .put("property", "value").put("value", value),
                event(node, "change", NODES.objectNode()));
    }

    /** A left click in the middle of a button, as Chromium reports it. */
    static ObjectNode click(int node) {
        ObjectNode data = NODES.objectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 320).put("event.clientY", 461)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 558).put("event.screenX", 330);
        return event(node, "click", data);
    }
}
