package vn.gov.cchc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.support.IntegrationTest;

/**
 * The embedded database lets in only who holds its password: a local process without it (no password, a wrong one,
 * an anonymous account) is refused; the portal itself, holding it, works; the password file is the portal user's
 * alone.
 */
@IntegrationTest
class EmbeddedDatabaseLockTest {

    @Autowired
    EmbeddedMariaDb mariaDb;
    @Autowired
    EmbeddedDatabaseProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_connection_without_the_password_is_refused() {
        for (String password : new String[] {"", "cchc", mariaDb.password() + "x"}) {
            assertThatThrownBy(() -> connect("root", password)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
        assertThatThrownBy(() -> connect("", "")).as("no anonymous account").isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void the_portal_holding_the_password_reads_and_writes() throws SQLException {
        try (Connection connection = connect(mariaDb.username(), mariaDb.password())) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("root@127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''", Integer.class)).isZero();
    }

    @Test
    void the_password_is_random_and_kept_readable_by_the_portal_user_only() throws IOException {
        Path file = properties.dataDir().toAbsolutePath().normalize().getParent().resolve("password");

        assertThat(Files.readString(file).strip()).isEqualTo(mariaDb.password()).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    private Connection connect(String username, String password) throws SQLException {
        return DriverManager.getConnection(mariaDb.jdbcUrl(), username, password);
    }
}
