package vn.gov.cchc.portal.common;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What kind of failure an unexpected exception is, for what the user is told. A database that is down, frozen or
 * restarting shows up as any of: no connection within the pool's timeout, a socket timeout, a broken connection
 * (SQLState class 08), or Spring's translations of those.
 */
public final class Failures {

    private Failures() {
    }

    /** Whether the failure is, or was caused by, a refusal or a record that is missing (or not the user's to see). */
    public static boolean notFoundOrRefused(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof NotFoundException || cause instanceof AccessDeniedException);
    }

    /** Whether POI's ZipSecureFile refused an archive whose entries inflate too much (it says so, at some depth). */
    public static boolean zipBomb(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause.getMessage() != null && cause.getMessage().contains("Zip bomb"));
    }

    /** Whether the failure comes from the database being unreachable (so trying again later will work). */
    public static boolean databaseUnavailable(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof QueryTimeoutException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SocketTimeoutException
                || cause instanceof ConnectException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
    }

    /** The failure and its causes, each once. */
    private static Stream<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        return Stream.iterate(failure, cause -> cause != null && seen.add(cause), Throwable::getCause);
    }
}
