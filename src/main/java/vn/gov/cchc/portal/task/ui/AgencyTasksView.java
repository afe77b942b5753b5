package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.SearchFields;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;
import vn.gov.cchc.portal.task.AgencyTaskFilter;
import vn.gov.cchc.portal.task.AgencyTaskRow;
import vn.gov.cchc.portal.task.AgencyTaskService;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.Measure;
import vn.gov.cchc.portal.task.ProgressColumn;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.TaskStatus;

/** "My agency's tasks": overdue first, then due soon; counts on top; works at phone width. */
@Route(TaskLinks.AGENCY_TASKS)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
@Menu(order = 15, icon = "vaadin:clipboard-check", title = "nav.agencyTasks")
class AgencyTasksView extends Main implements HasDynamicTitle {

    private final AgencyTaskService agencyTasks;
    private final ComboBox<TaskStatus> status = new ComboBox<>();
    private final ComboBox<ReformArea> area = new ComboBox<>();
    private final TextField text = new TextField();
    private final Grid<AgencyTaskRow> grid = new Grid<>();
    /** The filter of what the list shows now, for the export (read on the download's thread). */
    private volatile AgencyTaskFilter shown = new AgencyTaskFilter(null, null, null, null);

    AgencyTasksView(AgencyTaskService agencyTasks) {
        this.agencyTasks = agencyTasks;
        addClassName("agency-tasks-view");
        status.setLabel(getTranslation("task.filter.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        area.setLabel(getTranslation("task.field.area"));
        area.setItems(ReformArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        area.setClearButtonVisible(true);
        text.setLabel(getTranslation("filter.search"));
        text.setPlaceholder(getTranslation("task.filter.searchHint"));
        SearchFields.asYouType(text);
        text.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        Button progress = new Button(getTranslation("progress.import.open"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ProgressImportView.class)));
        HorizontalLayout filters = Toolbars.of(text, status, area, export(), progress);

        grid.addColumn(card()).setHeader(getTranslation("agencyTasks.column"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("task.list.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AgencyTaskView.class, click.getItem().id())));
        grid.setHeight("65vh");
        add(new H2(getTranslation("agencyTasks.title")), counts(agencyTasks.counts()), filters, grid);
        refresh();
    }

    /** This year's plan as the committee sees it: planned, done (with the rate), open in time, overdue. */
    private Component counts(Counts counts) {
        HorizontalLayout row = new HorizontalLayout(count(getTranslation(Measure.PLANNED.messageKey()),
                Formats.integer(counts.planned()), "planned"),
                count(getTranslation(Measure.DONE.messageKey()), Formats.integer(counts.done()) + " ("
                        + Formats.percent(counts.rate()) + ")", "done"),
                count(getTranslation(Measure.OPEN_IN_TIME.messageKey()), Formats.integer(counts.openInTime()), "ok"),
                count(getTranslation(Measure.OPEN_OVERDUE.messageKey()), Formats.integer(counts.openOverdue()), "overdue"));
        row.addClassName("agency-counts");
        return row;
    }

    private Component count(String label, String value, String tone) {
        Div box = new Div(new Span(value), new Span(label));
        box.addClassNames("agency-count", tone);
        return box;
    }

    /**
     * A row as a card: status badge, title (a link to the task: reached by keyboard and read as a link), role and
     * deadline. Rendered in the browser from five strings (a Lit template: text is escaped), so the server keeps no
     * components per row (ADR 0022).
     */
    private LitRenderer<AgencyTaskRow> card() {
        return LitRenderer.<AgencyTaskRow>of("""
                <div class="agency-task-card"><span theme="${item.badge}">${item.status}</span>\
                <a class="agency-task-title" href="${item.link}">${item.title}</a><span>${item.meta}</span></div>""")
                .withProperty("badge", row -> row.status() == TaskStatus.OPEN_OVERDUE ? "badge error" : "badge")
                .withProperty("status", row -> getTranslation(row.status().messageKey()))
                .withProperty("title", AgencyTaskRow::title)
                .withProperty("link", row -> TaskLinks.agency(row.id()))
                .withProperty("meta", this::meta);
    }

    private String meta(AgencyTaskRow row) {
        return getTranslation(row.relation() == AgencyTaskRow.Relation.LEAD ? "agencyTasks.lead" : "agencyTasks.support",
                row.leadAgency() == null ? "—" : row.leadAgency().in(getLocale())) + " · " + getTranslation("task.field.deadline") + ": "
                + (row.deadline() == null ? getTranslation("task.noDeadline") : Formats.date(row.deadline()));
    }

    private void refresh() {
        AgencyTaskFilter filter = new AgencyTaskFilter(status.getValue(), area.getValue(), null, text.getValue());
        shown = filter;
        // the page the grid shows, read when it asks: the screen keeps no list of the agency's tasks (ADR 0022)
        grid.setItems(query -> agencyTasks.myTasks(filter, query.getOffset(), query.getLimit()).stream(),
                query -> agencyTasks.countMyTasks(filter));
    }

    /** A row of the exported list with its place in it (STT). */
    private record Numbered(int number, AgencyTaskRow row) {
    }

    /**
     * The list as filtered, with two empty columns to fill in (rate, report) and upload back: the file the agency
     * reports progress in bulk with (headers in Vietnamese, {@link ProgressColumn}).
     */
    private Anchor export() {
        Map<TaskStatus, String> statuses = new EnumMap<>(TaskStatus.class);
        for (TaskStatus value : TaskStatus.values()) {
            statuses.put(value, getTranslation(value.messageKey()));
        }
        String lead = getTranslation("progress.role.LEAD");
        String support = getTranslation("progress.role.SUPPORT");
        List<Column<Numbered>> columns = List.of(
                Column.integer(ProgressColumn.NUMBER.header(), Numbered::number),
                Column.integer(ProgressColumn.CODE.header(), line -> line.row().id()),
                Column.text(ProgressColumn.TITLE.header(), ProgressColumn.TITLE.width(), line -> line.row().title()),
                Column.text(ProgressColumn.ROLE.header(), ProgressColumn.ROLE.width(),
                        line -> line.row().relation() == AgencyTaskRow.Relation.LEAD ? lead : support),
                Column.date(ProgressColumn.DEADLINE.header(), line -> line.row().deadline()),
                Column.text(ProgressColumn.STATUS.header(), ProgressColumn.STATUS.width(), line -> statuses.get(line.row().status())),
                Column.integer(ProgressColumn.PERCENT.header(), line -> null),
                Column.text(ProgressColumn.REPORT.header(), ProgressColumn.REPORT.width(), line -> null));
        return ExportLink.of(this, () -> "nhiem-vu-cua-co-quan", getTranslation("nav.agencyTasks"), columns, () -> {
            List<AgencyTaskRow> rows = agencyTasks.myTasks(shown);
            return sink -> {
                for (int i = 0; i < rows.size(); i++) {
                    sink.accept(new Numbered(i + 1, rows.get(i)));
                }
            };
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.agencyTasks"));
    }
}
