package vn.gov.cchc.load;

import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request's response time with its phase, written at the end of the run to {@code load.timings} (CSV: phase,
 * request, ms, and when it ended in epoch ms), so that the report gives the screens' figures without the sign-ins,
 * the sign-ins on their own (Gatling's own report mixes them in "all requests"), and the CPU per action of the hold.
 */
final class Timings {

    static final String PHASE = "phase";
    static final String SIGN_IN = "sign-in";
    static final String WORK = "work";
    static final String RESPONSE_TIME = "responseTime";

    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();

    private Timings() {
    }

    /** Notes the last request's response time (saved by its check) under the user's phase. */
    static Session record(Session session, String request) {
        if (!session.contains(RESPONSE_TIME)) {
            return session;
        }
        String phase = session.contains(PHASE) ? session.getString(PHASE) : WORK;
        LINES.add(phase + "," + request + "," + session.getInt(RESPONSE_TIME) + "," + System.currentTimeMillis());
        return session.remove(RESPONSE_TIME);
    }

    /** A sign-in the portal refused as busy (the user tries again). */
    static Session refused(Session session) {
        LINES.add(SIGN_IN + ",sign-in refused as busy,0," + System.currentTimeMillis());
        return session;
    }

    static void write() {
        String file = System.getProperty("load.timings");
        if (file == null || file.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("phase,request,ms,at");
        lines.addAll(LINES);
        try {
            Files.write(Path.of(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
