package vn.gov.cchc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.support.IntegrationTest;

@IntegrationTest
class MigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrations_from_an_empty_database_leave_nothing_pending() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion())
                .startsWith("1", "2", "3");
    }

    @Test
    void the_database_is_a_real_mariadb_11() {
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB").startsWith("11.");
    }

    @Test
    void seed_holds_every_agency_of_the_registry() {
        assertThat(jdbc.queryForObject("select count(*) from agency", Integer.class)).isEqualTo(111);
        assertThat(jdbc.queryForObject("select count(*) from agency where successor_id is not null", Integer.class))
                .isEqualTo(60);
    }

    @Test
    void tables_use_the_vietnamese_accent_insensitive_collation() {
        assertThat(jdbc.queryForObject("""
                select table_collation from information_schema.tables
                where table_schema = database() and table_name = 'agency'""", String.class))
                .isEqualTo("utf8mb4_uca1400_vietnamese_ai_ci");
        assertThat(jdbc.queryForObject("select count(*) from agency where name_vi = 'Tinh Lao Cai'", Integer.class))
                .as("tone marks are ignored").isEqualTo(2);
        assertThat(jdbc.queryForObject("select 'cai cach' = 'cải cách' collate utf8mb4_uca1400_vietnamese_ai_ci",
                Integer.class)).isEqualTo(1);
    }
}
