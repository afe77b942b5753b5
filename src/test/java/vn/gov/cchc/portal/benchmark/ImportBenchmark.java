package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PlanFiles;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanColumn;
import vn.gov.cchc.portal.task.PlanImportService;
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.task.ReformArea;

/**
 * A yearly plan of 5.000 rows (-Dbench.rows=N) for today's 34 provinces and 17 ministry-level agencies, imported as
 * the import screen does it: the preview of the uploaded file, then the confirmation (one transaction), three times
 * with a new plan each time, then the last file again (all rows unchanged). Run:
 * {@code ./mvnw -Pbenchmark test -Dtest=ImportBenchmark}. Targets: preview ≤ 10 s, confirmation ≤ 10 s.
 */
@IntegrationTest
class ImportBenchmark {

    @Autowired
    PlanImportService imports;

    @Autowired
    AgencyService agencies;

    @Test
    void import_of_a_yearly_plan() {
        int rows = Integer.getInteger("bench.rows", 5_000);
        BenchmarkReport report = new BenchmarkReport("import");
        List<AgencySummary> active = SystemAuthentication.callAsSystem(
                () -> agencies.list(AgencyFilter.activeOn(LocalDate.of(2026, 1, 15), null)));
        IncomingFile file = null;
        for (int run = 1; run <= 3; run++) {
            file = plan(rows, run, active).incoming("ke-hoach-" + run + ".xlsx");
            IncomingFile upload = file;
            long begin = System.nanoTime();
            PlanPreview preview = SystemAuthentication.callAsSystem(() -> imports.preview(upload));
            long previewed = System.nanoTime();
            PlanPreview done = SystemAuthentication.callAsSystem(() -> imports.confirm(preview));
            long confirmed = System.nanoTime();
            assertThat(done.problems()).isEmpty();
            assertThat(done.count(PlanAction.CREATE)).isEqualTo(rows);
            report.note(String.format("run %d: %,d rows, preview %.1f s, confirmation %.1f s", run, rows,
                    (previewed - begin) / 1e9, (confirmed - previewed) / 1e9));
        }
        IncomingFile again = file;
        long begin = System.nanoTime();
        PlanPreview unchanged = SystemAuthentication.callAsSystem(() -> imports.preview(again));
        report.note(String.format("the last file again: preview %.1f s, %,d rows unchanged",
                (System.nanoTime() - begin) / 1e9, unchanged.count(PlanAction.UNCHANGED)));
        report.print();
        assertThat(unchanged.count(PlanAction.UNCHANGED)).isEqualTo(rows);
    }

    /** A plan as the secretariat fills the template: one document, every agency, a few supporting agencies. */
    private static PlanFiles plan(int rows, int run, List<AgencySummary> active) {
        ResourceBundle vietnamese = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));
        PlanFiles file = new PlanFiles();
        for (int i = 0; i < rows; i++) {
            AgencySummary lead = active.get(i % active.size());
            ReformArea area = ReformArea.values()[i % ReformArea.values().length];
            file.task("Nhiệm vụ " + (i + 1) + " của Kế hoạch cải cách hành chính năm 2026 (đợt " + run + ")",
                    vietnamese.getString(area.messageKey()), lead.nameVi())
                    .set(PlanColumn.DOCUMENT, (100 + run) + "/KH-BCĐCCHC")
                    .set(PlanColumn.DEADLINE, LocalDate.of(2026, 2, 1).plusDays(i % 320));
            if (i % 5 == 0) {
                file.set(PlanColumn.SUPPORT, active.get((i + 7) % active.size()).nameVi());
            }
        }
        return file;
    }
}
