package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.html.Image;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.indicator.SeriesPoint;

/**
 * A figure's series as a server-rendered SVG bar chart: a bar per period, its value above it, its cut-off below. No
 * client-side chart library; the SVG goes to the browser as an image (as the dashboard's bars do, so that its
 * {@code viewBox} survives and it scales to the page).
 */
final class SeriesChart {

    private static final int BAR = 56;
    private static final int GAP = 28;
    private static final int HEIGHT = 180;
    private static final int TOP = 24;
    private static final int BOTTOM = 24;

    private SeriesChart() {
    }

    static Image render(List<SeriesPoint> points, String title) {
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg(points, title).getBytes(StandardCharsets.UTF_8)), describe(points, title));
        image.addClassName("series-chart");
        image.setMaxWidth("100%");
        return image;
    }

    /** The series said in words, as the chart's alternative text: "title. round (cut-off): value; …". */
    static String describe(List<SeriesPoint> points, String title) {
        StringBuilder text = new StringBuilder(title).append('.');
        for (SeriesPoint point : points) {
            text.append(' ').append(point.round()).append(" (").append(Formats.date(point.cutoff())).append("): ")
                    .append(Formats.number(point.value())).append('.');
        }
        return text.toString();
    }

    static String svg(List<SeriesPoint> points, String title) {
        BigDecimal max = points.stream().map(SeriesPoint::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        double top = Math.max(max.doubleValue(), 1e-9);
        int width = Math.max(1, points.size()) * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' font-family='sans-serif' font-size='11' viewBox='0 0 ")
                .append(width).append(' ').append(HEIGHT + TOP + BOTTOM).append("' width='").append(width)
                .append("' aria-label='").append(escape(title)).append("'>");
        int x = GAP;
        for (SeriesPoint point : points) {
            int height = (int) Math.round(Math.max(0, point.value().doubleValue()) / top * HEIGHT);
            int y = TOP + HEIGHT - height;
            svg.append("<rect x='").append(x).append("' y='").append(y).append("' width='").append(BAR)
                    .append("' height='").append(height).append("' fill='#1e88e5'/>");
            svg.append("<text x='").append(x + BAR / 2).append("' y='").append(y - 6).append("' text-anchor='middle'>")
                    .append(escape(Formats.number(point.value()))).append("</text>");
            svg.append("<text x='").append(x + BAR / 2).append("' y='").append(TOP + HEIGHT + 16)
                    .append("' text-anchor='middle'>").append(escape(Formats.date(point.cutoff()))).append("</text>");
            x += BAR + GAP;
        }
        svg.append("<line x1='0' y1='").append(TOP + HEIGHT).append("' x2='").append(width).append("' y2='")
                .append(TOP + HEIGHT).append("' stroke='#888'/></svg>");
        return svg.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
