package vn.gov.cchc.portal.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * A migration revised after databases were made with it, so that Flyway's check of what was applied accepts them:
 * V13 now creates its sequence {@code NOCACHE}, which a Galera cluster requires (issue 18) and which changes
 * nothing for a database where the cached one exists. Before validating, a database that applied the first text
 * gets the revised text's checksum; any other difference still fails as Flyway means it to.
 */
@Component
class RevisedMigrations implements Callback {

    static final String VERSION = "13";
    static final int FIRST_CHECKSUM = -369621872;
    static final int REVISED_CHECKSUM = -588318428;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            if (!historyExists(connection)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE flyway_schema_history SET checksum = ? WHERE version = ? AND checksum = ?")) {
                update.setInt(1, REVISED_CHECKSUM);
                update.setString(2, VERSION);
                update.setInt(3, FIRST_CHECKSUM);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The record of applied migrations could not be read", e);
        }
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), null, "flyway_schema_history", new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "revised-migrations";
    }
}
