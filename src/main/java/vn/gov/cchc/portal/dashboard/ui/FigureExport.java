package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.dashboard.AgencyFigures;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.StatusBucket;

/**
 * The dashboard's figures as one sheet: the total, each group, each area and every agency (not only the leaders and
 * laggards the page shows), with the four buckets, the planned and done counts and the rate as numbers.
 */
final class FigureExport {

    /** One line of figures: what it counts (total, group, area, agency), its name, its counts. */
    private record Line(String kind, String name, Counts counts) {
    }

    private FigureExport() {
    }

    /**
     * @param locale  the language of the agencies' names
     * @param figures asked when the link is followed: the figures of the request the page shows then
     */
    static Anchor link(Component owner, Locale locale, Supplier<DashboardRequest> request,
            Function<DashboardRequest, DashboardFigures> figures) {
        String total = owner.getTranslation("dashboard.total");
        String byGroup = owner.getTranslation("dashboard.byGroup");
        String byArea = owner.getTranslation("dashboard.byArea");
        String byAgency = owner.getTranslation("task.field.lead");
        List<String> groups = new ArrayList<>();
        for (AgencyGroup group : AgencyGroup.values()) {
            groups.add(owner.getTranslation(group.messageKey()));
        }
        List<String> areas = new ArrayList<>();
        for (ReformArea area : ReformArea.values()) {
            areas.add(owner.getTranslation(area.messageKey()));
        }
        List<Column<Line>> columns = new ArrayList<>(List.of(
                Column.text(owner.getTranslation("dashboard.export.kind"), 22, Line::kind),
                Column.text(owner.getTranslation("dashboard.export.name"), 45, Line::name),
                Column.integer(owner.getTranslation("dashboard.export.planned"), line -> line.counts().planned()),
                Column.integer(owner.getTranslation("dashboard.export.done"), line -> line.counts().done())));
        for (StatusBucket bucket : List.of(StatusBucket.DONE_ON_TIME, StatusBucket.DONE_LATE, StatusBucket.OPEN_IN_TIME,
                StatusBucket.OPEN_OVERDUE)) {
            columns.add(Column.integer(owner.getTranslation(bucket.messageKey()), line -> line.counts().of(bucket)));
        }
        columns.add(Column.percent(owner.getTranslation("dashboard.rate"),
                line -> line.counts().planned() == 0 ? null : line.counts().rate().movePointLeft(2)));
        return ExportLink.of(owner, () -> "so-lieu-" + Formats.date(request.get().asOf()).replace('/', '-'),
                owner.getTranslation("dashboard.export.sheet"), columns, () -> {
                    DashboardFigures shown = figures.apply(request.get());
                    return sink -> {
                        sink.accept(new Line(total, total, shown.total()));
                        for (AgencyGroup group : AgencyGroup.values()) {
                            sink.accept(new Line(byGroup, groups.get(group.ordinal()), shown.group(group)));
                        }
                        for (ReformArea area : ReformArea.values()) {
                            sink.accept(new Line(byArea, areas.get(area.ordinal()), shown.areas().getOrDefault(area, Counts.ZERO)));
                        }
                        for (AgencyFigures agency : shown.agencies()) {
                            sink.accept(new Line(byAgency, agency.name(locale), agency.counts()));
                        }
                    };
                });
    }
}
