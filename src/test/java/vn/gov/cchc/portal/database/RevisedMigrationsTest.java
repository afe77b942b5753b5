package vn.gov.cchc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.support.IntegrationTest;

/** A database made with the first text of V13 starts with the revised one: its record is brought in line, once. */
@IntegrationTest
class RevisedMigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_database_that_applied_the_first_text_of_v13_passes_validation() {
        assertThat(checksum()).as("this database applied the revised text").isEqualTo(RevisedMigrations.REVISED_CHECKSUM);
        jdbc.update("UPDATE flyway_schema_history SET checksum = ? WHERE version = '13'", RevisedMigrations.FIRST_CHECKSUM);

        flyway.validate();

        assertThat(checksum()).isEqualTo(RevisedMigrations.REVISED_CHECKSUM);
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    private Integer checksum() {
        return jdbc.queryForObject("SELECT checksum FROM flyway_schema_history WHERE version = '13'", Integer.class);
    }
}
