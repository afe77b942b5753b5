package vn.gov.cchc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SeedAgencies;

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

    /**
     * Other test classes add agencies and merges to the same database, so the seed is checked by its own codes
     * (read from the migration), whatever ran before.
     */
    @Test
    void seed_holds_every_agency_of_the_registry() {
        List<String> codes = SeedAgencies.codes();
        assertThat(codes).hasSize(111).doesNotHaveDuplicates();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        MapSqlParameterSource seeded = new MapSqlParameterSource("codes", codes);
        assertThat(named.queryForObject("select count(*) from agency where code in (:codes)", seeded, Integer.class))
                .isEqualTo(111);
        assertThat(named.queryForObject("select count(*) from agency where code in (:codes) and successor_id is not null"
                + " and successor_id in (select id from agency where code in (:codes))", seeded, Integer.class))
                .as("the 2025 merges of the seed").isEqualTo(60);
    }

    @Test
    void tables_use_the_vietnamese_accent_insensitive_collation() {
        assertThat(jdbc.queryForObject("""
                select table_collation from information_schema.tables
                where table_schema = database() and table_name = 'agency'""", String.class))
                .isEqualTo("utf8mb4_uca1400_vietnamese_ai_ci");
        assertThat(jdbc.queryForObject("select count(*) from agency where name_vi = 'Tinh Lao Cai' and code like 'lao-cai%'",
                Integer.class)).as("tone marks are ignored").isEqualTo(2);
        assertThat(jdbc.queryForObject("select 'cai cach' = 'cải cách' collate utf8mb4_uca1400_vietnamese_ai_ci",
                Integer.class)).isEqualTo(1);
    }
}
