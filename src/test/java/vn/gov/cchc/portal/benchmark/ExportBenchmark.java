package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetWriter;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.ScaleDataService;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskRowColumns;
import vn.gov.cchc.portal.task.TaskSheetRow;

/**
 * The task list of 100.000 tasks (-Dbench.tasks=N) exported as the export button does it: rows read page by page
 * by the service, written by the streaming writer. Run: {@code ./mvnw -Pbenchmark test -Dtest=ExportBenchmark}.
 * Targets: ≤ 15 s, live heap growing by ≤ 100 MB (sampled after a forced collection every 0,5 s in a second pass,
 * so that garbage not yet collected is not counted).
 */
@IntegrationTest
class ExportBenchmark {

    /** The export's columns, with the keys as headers (no Vaadin here to translate them). */
    private static final List<Column<TaskSheetRow>> COLUMNS = TaskRowColumns.of(key -> key, Locale.of("vi"));

    @Autowired
    ScaleDataService scaleData;

    @Autowired
    TaskListService taskList;

    @Test
    void export_of_the_whole_task_list() throws Exception {
        int tasks = Integer.getInteger("bench.tasks", 100_000);
        BenchmarkReport report = new BenchmarkReport("export");
        long started = System.nanoTime();
        SystemAuthentication.runAsSystem(() -> scaleData.generate(tasks, 42));
        report.note(String.format("generated %,d tasks in %.1f s", tasks, (System.nanoTime() - started) / 1e9));
        TaskFilter all = TaskFilter.asOf(LocalDate.now(PortalTime.ZONE));
        Path file = Path.of("target/benchmarks/export-tasks.xlsx");
        Files.createDirectories(file.getParent());

        long[] rows = new long[1];
        for (int run = 1; run <= 3; run++) {
            long begin = System.nanoTime();
            SystemAuthentication.runAsSystem(() -> rows[0] = write(file, all));
            report.note(String.format("run %d: %,d rows, %.1f s, file %,d bytes", run, rows[0], (System.nanoTime() - begin) / 1e9,
                    Files.size(file)));
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        SystemAuthentication.runAsSystem(() -> write(file, all));
        running.set(false);
        sampler.join();
        report.note(String.format("live heap during the export: %,d MB at rest, at most %,d MB more", baseline >> 20,
                (peak.get() - baseline) >> 20));
        report.print();
        assertThat(rows[0]).isEqualTo(SystemAuthentication.callAsSystem(() -> taskList.count(all)));
    }

    private long write(Path file, TaskFilter filter) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return SpreadsheetWriter.write(out, "Nhiệm vụ", COLUMNS, sink -> taskList.forEachRow(filter, sink));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
