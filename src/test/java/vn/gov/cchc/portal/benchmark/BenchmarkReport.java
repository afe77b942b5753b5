package vn.gov.cchc.portal.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Times repeated calls and reports median and p95 in milliseconds; writes the table to target/benchmarks/. */
public final class BenchmarkReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    public BenchmarkReport(String name) {
        this.name = name;
        lines.add(String.format("%-48s %10s %10s %10s", "scenario", "median ms", "p95 ms", "runs"));
    }

    public <T> T measure(String scenario, int runs, Supplier<T> call) {
        for (int i = 0; i < Math.max(3, runs / 5); i++) {
            call.get();
        }
        double[] millis = new double[runs];
        T last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = call.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        double median = millis[runs / 2];
        double p95 = millis[(int) Math.ceil(runs * 0.95) - 1];
        String line = String.format("%-48s %10.2f %10.2f %10d", scenario, median, p95, runs);
        lines.add(line);
        // also said at once, so that a run that fails later keeps what it measured
        System.out.println("benchmark " + name + ": " + line);
        return last;
    }

    public void note(String text) {
        lines.add(text);
    }

    public void print() {
        String report = String.join(System.lineSeparator(), lines);
        System.out.println(System.lineSeparator() + "=== " + name + " ===" + System.lineSeparator() + report);
        try {
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/" + name + ".txt"), report + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
