package vn.gov.cchc.portal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.backup.internal.BackupFolder;
import vn.gov.cchc.portal.backup.internal.BackupRestore;
import vn.gov.cchc.portal.backup.internal.Backups;
import vn.gov.cchc.portal.backup.internal.DatabaseTarget;
import vn.gov.cchc.portal.common.Checksums;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionDocumentService;
import vn.gov.cchc.portal.storage.StorageProperties;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;

/**
 * A backup taken from the administrator's screen is restored into an empty database and an empty folder, and
 * every table (rows and checksum) and every file (checksum) is back.
 */
@IntegrationTest
class BackupRestoreTest extends SpringBrowserlessTest {

    private static final String RESTORED = "cchc_restore_check";

    @Autowired
    Backups backups;

    @Autowired
    BackupProperties properties;

    @Autowired
    StorageProperties storage;

    @Autowired
    SessionDocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "quantri", roles = Roles.ADMIN)
    void a_backup_taken_on_demand_restores_every_record_and_file_into_an_empty_database() throws Exception {
        long session = jdbc.queryForObject("SELECT MIN(id) FROM committee_session", Long.class);
        SystemAuthentication.runAs("vanphong", Role.SECRETARIAT, () -> {
            documents.upload(session, SampleFiles.incoming("Báo cáo tình hình CCHC quý III.pdf", SampleFiles.pdf()));
            documents.upload(session, SampleFiles.incoming("Số liệu chỉ số SIPAS.xlsx", SampleFiles.xlsx()));
        });

        Component view = navigate("admin/backups", Component.class);
        int before = test(find(Grid.class).from(view).single()).size();
        test(find(Button.class).withText("Sao lưu ngay").single()).click();
        assertThat(test(find(Grid.class).from(view).single()).size()).isEqualTo(before + 1);
        BackupSummary taken = backups.list().getFirst();
        assertThat(taken.takenBy()).isEqualTo("quantri");
        assertThat(taken.files()).isGreaterThanOrEqualTo(2);

        Path restoredFiles = Files.createTempDirectory("restored-files").resolve("files");
        DatabaseTarget source = backups.target();
        BackupRestore.restore(new BackupFolder(properties.dir().toAbsolutePath().resolve(taken.name())),
                source.withDatabase(RESTORED), backups.clients(), restoredFiles);

        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name", String.class, source.database());
        assertThat(tables).contains("task", "task_event", "committee_session", "session_document", "flyway_schema_history");
        for (String table : tables) {
            assertThat(count(RESTORED, table)).as("rows of " + table).isEqualTo(count(source.database(), table));
            assertThat(checksum(RESTORED, table)).as("checksum of " + table).isEqualTo(checksum(source.database(), table));
        }
        assertThat(checksums(restoredFiles)).isEqualTo(checksums(storage.dir().toAbsolutePath())).hasSizeGreaterThanOrEqualTo(2);
        jdbc.execute("DROP DATABASE " + RESTORED);
    }

    private long count(String schema, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`", Long.class);
    }

    private Long checksum(String schema, String table) {
        return jdbc.queryForObject("CHECKSUM TABLE `" + schema + "`.`" + table + "`", (row, i) -> row.getLong(2));
    }

    private static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                sums.put(dir.relativize(file).toString(), Checksums.sha256(file));
            }
        }
        return sums;
    }
}
