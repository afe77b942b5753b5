package vn.gov.cchc.portal.shell.ui;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs unexpected failures under a short reference the user can quote to the administrator. */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {
    }

    /** Logs the failure with its stack trace and returns its reference, e.g. {@code K7Q2-9XMD}. */
    static String log(Throwable failure) {
        String reference = reference();
        log.error("Unexpected failure, incident {}", reference, failure);
        return reference;
    }

    /** One line, no stack trace: an outage produces many of these and each says the same. */
    static void logDatabaseUnavailable(Throwable failure) {
        log.warn("Database unavailable: {}", rootMessage(failure));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String reference() {
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        StringBuilder reference = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return reference.toString();
    }
}
