package vn.gov.cchc.portal.backup.internal;

import java.net.URI;

/** Where a database is, in the terms MariaDB's command-line clients take. */
public record DatabaseTarget(String host, int port, String database, String username, String password, boolean embedded) {

    /** From a {@code jdbc:mariadb://host:port/database?options} address. */
    public static DatabaseTarget of(String jdbcUrl, String username, String password, boolean embedded) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isEmpty()) {
            throw new IllegalArgumentException("Not a MariaDB address with a host and a database: " + jdbcUrl);
        }
        return new DatabaseTarget(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), path, username, password, embedded);
    }

    /** The same server, another database (a restore check). */
    public DatabaseTarget withDatabase(String otherDatabase) {
        return new DatabaseTarget(host, port, otherDatabase, username, password, embedded);
    }
}
