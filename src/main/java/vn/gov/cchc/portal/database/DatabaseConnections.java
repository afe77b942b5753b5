package vn.gov.cchc.portal.database;

/**
 * How the connection pool notices a database that went away. HikariCP skips its liveness check for a connection
 * used in the last 500 ms; a connection to a server frozen in that window would then wait for the socket timeout.
 * Checking at every borrow costs one ping on loopback (well under a millisecond).
 */
public final class DatabaseConnections {

    private DatabaseConnections() {
    }

    /** Must run before HikariCP's pool class loads: first thing in {@code main}, or as a JVM option in tests. */
    public static void checkEveryBorrow() {
        System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
    }
}
