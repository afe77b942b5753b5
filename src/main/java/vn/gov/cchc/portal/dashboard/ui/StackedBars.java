package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.task.Counts;

/**
 * A server-rendered SVG chart: one horizontal bar per row, split into the four official buckets. No client-side
 * chart library (and no licence) needed. The SVG goes to the browser as an image (a data URL): inlined through
 * Flow, its {@code viewBox} would be lower-cased and lost, and the chart would be cut at its right edge instead of
 * scaled to the page.
 */
final class StackedBars {

    static final String[] COLORS = {"#1b7f3b", "#8bc34a", "#1e88e5", "#d32f2f"};
    private static final int LABEL_WIDTH = 400;
    private static final int BAR_WIDTH = 420;
    private static final int ROW_HEIGHT = 28;

    record Row(String label, Counts counts) {
    }

    private StackedBars() {
    }

    static Image render(List<Row> rows, String ariaLabel, String[] legend) {
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(rows, ariaLabel, legend)
                        .getBytes(StandardCharsets.UTF_8)), describe(rows, ariaLabel, legend));
        image.addClassName("stacked-bars");
        return image;
    }

    /**
     * The chart said in words, as its alternative text (a screen reader reads the figures, not the colours): the title,
     * then each row's label and its four parts, "Bộ, ngành: Hoàn thành đúng hạn 120, …".
     */
    static String describe(List<Row> rows, String title, String[] legend) {
        StringBuilder text = new StringBuilder(title).append('.');
        for (Row row : rows) {
            long[] parts = {row.counts().doneOnTime(), row.counts().doneLate(), row.counts().openInTime(), row.counts().openOverdue()};
            text.append(' ').append(row.label()).append(':');
            for (int i = 0; i < parts.length; i++) {
                text.append(i == 0 ? " " : ", ").append(legend[i]).append(' ').append(Formats.integer(parts[i]));
            }
            text.append('.');
        }
        return text.toString();
    }

    static String svg(List<Row> rows, String ariaLabel, String[] legend) {
        long max = Math.max(1, rows.stream().mapToLong(r -> r.counts().planned()).max().orElse(1));
        int height = rows.size() * ROW_HEIGHT + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' font-family='sans-serif' viewBox='0 0 ")
                .append(LABEL_WIDTH + BAR_WIDTH + 60).append(' ').append(height).append("' aria-label='")
                .append(escape(ariaLabel)).append("'>");
        int y = 0;
        for (Row row : rows) {
            svg.append("<text x='0' y='").append(y + 18).append("' font-size='13'>").append(escape(row.label())).append("</text>");
            long[] parts = {row.counts().doneOnTime(), row.counts().doneLate(), row.counts().openInTime(), row.counts().openOverdue()};
            double x = LABEL_WIDTH;
            for (int i = 0; i < parts.length; i++) {
                double width = BAR_WIDTH * (double) parts[i] / max;
                if (width > 0) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect x='%.1f' y='%d' width='%.1f' height='20' fill='%s'><title>%s: %d</title></rect>",
                            x, y + 4, width, COLORS[i], escape(legend[i]), parts[i]));
                }
                x += width;
            }
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='12'>%s</text>", x + 6, y + 18,
                    Formats.integer(row.counts().planned())));
            y += ROW_HEIGHT;
        }
        int lx = 0;
        for (int i = 0; i < legend.length; i++) {
            svg.append("<rect x='").append(lx).append("' y='").append(y + 8).append("' width='12' height='12' fill='")
                    .append(COLORS[i]).append("'/><text x='").append(lx + 16).append("' y='").append(y + 19)
                    .append("' font-size='12'>").append(escape(legend[i])).append("</text>");
            lx += 180;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
