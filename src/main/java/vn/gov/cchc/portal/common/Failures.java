package vn.gov.cchc.portal.common;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.HashSet;
import java.util.Set;
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
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof NotFoundException || cause instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure comes from the database being unreachable (so trying again later will work). */
    public static boolean databaseUnavailable(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
