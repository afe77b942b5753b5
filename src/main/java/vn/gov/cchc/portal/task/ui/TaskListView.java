package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.SearchFields;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskMark;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskSort;
import vn.gov.cchc.portal.task.TaskStatus;
import vn.gov.cchc.portal.task.TaskWorkflowService;

/**
 * The secretariat's task workspace: a lazy grid paged in the database (no count of the unfiltered list), filters
 * with statuses as of a chosen date, bulk actions on a selection, and "assign" (also pre-filled from a
 * conclusion paragraph: {@code tasks?conclusion=ID}).
 */
@Route(TaskLinks.TASKS)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER})
@Menu(order = 20, icon = "vaadin:tasks", title = "nav.tasks")
class TaskListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final TaskListService taskList;
    private final TaskWorkflowService workflow;
    private final TaskAssignmentDialogFactory assignDialogs;
    private final AgencyService agencies;
    private final boolean secretariat;
    private final DatePicker asOf = new DatePicker();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final ComboBox<AgencyGroup> group = new ComboBox<>();
    private final ComboBox<ReformArea> area = new ComboBox<>();
    private final ComboBox<TaskStatus> status = new ComboBox<>();
    /** The marks other modules offer (the early warning's "at risk"). */
    private final ComboBox<TaskMark> mark = new ComboBox<>();
    private final DatePicker deadlineFrom = new DatePicker();
    private final DatePicker deadlineTo = new DatePicker();
    private final ComboBox<SessionSummary> session = new ComboBox<>();
    private final TextField text = new TextField();
    private final ComboBox<TaskSort> sort = new ComboBox<>();
    private final IntegerField position = new IntegerField();
    private final Span count = new Span();

    private long total;
    /** The filter of what the grid shows now, for the export (read on the download's thread). */
    private volatile TaskFilter shown;
    private final Grid<TaskRow> grid = new Grid<>();

    TaskListView(TaskListService taskList, TaskWorkflowService workflow, TaskAssignmentDialogFactory assignDialogs,
            AgencyService agencies, SessionService sessions, CurrentUser currentUser, List<TaskMark> marks) {
        this.taskList = taskList;
        this.workflow = workflow;
        this.assignDialogs = assignDialogs;
        this.agencies = agencies;
        this.secretariat = currentUser.isSecretariatOrAdmin();
        addClassName("task-list-view");
        configureFilters(agencies, sessions, marks);
        configureGrid();
        add(new H2(getTranslation("task.list.title")), filters(), actions(), listBar(), grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("agency")) {
            String wanted = parameters.get("agency").getFirst();
            agencies.list(AgencyFilter.all()).stream().filter(a -> String.valueOf(a.id()).equals(wanted)).findFirst()
                    .ifPresent(agency::setValue);
        }
        if (parameters.containsKey("status")) {
            Arrays.stream(TaskStatus.values()).filter(s -> s.name().equals(parameters.get("status").getFirst()))
                    .findFirst().ifPresent(status::setValue);
        }
        if (parameters.containsKey("asOf")) {
            try {
                asOf.setValue(LocalDate.parse(parameters.get("asOf").getFirst()));
            } catch (DateTimeParseException e) {
                // an address typed by hand: the list stays as of today
            }
        }
        if (parameters.containsKey("mark")) {
            mark.getListDataView().getItems().filter(m -> m.key().equals(parameters.get("mark").getFirst())).findFirst()
                    .ifPresent(mark::setValue);
        }
        if (secretariat && parameters.containsKey("conclusion")) {
            try {
                long conclusionId = Long.parseLong(parameters.get("conclusion").getFirst());
                assignDialogs.fromConclusion(conclusionId, this::refreshAfterAssign).open();
            } catch (NumberFormatException e) {
                Messages.error(this, new NotFoundException());
            }
        }
    }

    private void configureFilters(AgencyService agencies, SessionService sessions, List<TaskMark> marks) {
        DatePickers.localize(asOf, this);
        asOf.setLabel(getTranslation("task.filter.asOf"));
        asOf.setValue(LocalDate.now(PortalTime.ZONE));
        agency.setLabel(getTranslation("task.field.lead"));
        // read when the list opens, not kept for the life of the screen (ADR 0022: memory per screen)
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        agency.setItems(query -> matching(agencies.list(AgencyFilter.all()), agency, query));
        group.setLabel(getTranslation("task.filter.group"));
        group.setItems(AgencyGroup.values());
        group.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        area.setLabel(getTranslation("task.field.area"));
        area.setItems(ReformArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        status.setLabel(getTranslation("task.filter.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        mark.setLabel(getTranslation("task.filter.mark"));
        mark.setItems(marks);
        mark.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        mark.setVisible(!marks.isEmpty());
        DatePickers.localize(deadlineFrom, this);
        DatePickers.localize(deadlineTo, this);
        deadlineFrom.setLabel(getTranslation("task.filter.deadlineFrom"));
        deadlineTo.setLabel(getTranslation("task.filter.deadlineTo"));
        session.setLabel(getTranslation("task.filter.session"));
        session.setItemLabelGenerator(s -> getTranslation("session.numberLabel", s.number()) + " (" + s.term() + ")");
        session.setItems(query -> matching(sessions.list(SessionFilter.all()), session, query));
        text.setLabel(getTranslation("filter.search"));
        text.setPlaceholder(getTranslation("task.filter.searchHint"));
        SearchFields.asYouType(text);
        for (var field : new AbstractField<?, ?>[] {agency, group, area, status, mark, deadlineFrom,
                deadlineTo, session, text}) {
            if (field instanceof HasClearButton clearable) {
                clearable.setClearButtonVisible(true);
            }
            field.addValueChangeListener(e -> refresh());
        }
        asOf.addValueChangeListener(e -> {
            if (asOf.getValue() != null) {
                refresh();
            }
        });
    }

    private HorizontalLayout filters() {
        HorizontalLayout filters = Toolbars.of(asOf, text, agency, group, area, status, mark, deadlineFrom,
                deadlineTo, session);
        return filters;
    }

    /** The count, the order, and a field that takes the list to any row at once. */
    private HorizontalLayout listBar() {
        sort.setLabel(getTranslation("task.sort.label"));
        sort.setItems(TaskSort.values());
        sort.setItemLabelGenerator(order -> getTranslation(order.messageKey()));
        sort.setValue(TaskSort.NEWEST);
        sort.addValueChangeListener(e -> refresh());
        position.setLabel(getTranslation("task.list.goTo"));
        position.setMin(1);
        position.setStepButtonsVisible(false);
        Button go = new Button(getTranslation("task.list.go"), click -> goToRow());
        position.addKeyPressListener(Key.ENTER, e -> goToRow());
        count.addClassName("task-count");
        Anchor export = new TaskListExport(taskList, this).link(() -> shown);
        HorizontalLayout bar = Toolbars.of(count, sort, position, go, export);
        return bar;
    }

    private void goToRow() {
        Integer row = position.getValue();
        if (row == null || row < 1 || row > total) {
            position.setErrorMessage(getTranslation("task.list.goTo.outside", Formats.integer(total)));
            position.setInvalid(true);
            return;
        }
        position.setInvalid(false);
        grid.scrollToIndex(row - 1);
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = Toolbars.of();
        if (secretariat) {
            Button assign = new Button(getTranslation("task.action.assign"), VaadinIcon.PLUS.create(),
                    click -> assignDialogs.blank(this::refreshAfterAssign).open());
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button confirm = new Button(getTranslation("task.action.bulkConfirm"),
                    click -> bulk(TaskWorkflowService.BulkAction.CONFIRM));
            Button remind = new Button(getTranslation("task.action.bulkRemind"),
                    click -> bulk(TaskWorkflowService.BulkAction.REMIND));
            Button importPlan = new Button(getTranslation("plan.import.open"), VaadinIcon.UPLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PlanImportView.class)));
            actions.add(assign, confirm, remind, importPlan);
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        return actions;
    }

    private void configureGrid() {
        grid.addColumn(TaskRow::id).setHeader(getTranslation("task.field.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskRow::title).setHeader(getTranslation("task.field.title")).setFlexGrow(4);
        grid.addColumn(row -> row.leadAgency() == null ? "" : row.leadAgency().in(getLocale()))
                .setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.area().messageKey())).setHeader(getTranslation("task.field.area")).setFlexGrow(2);
        grid.addColumn(row -> Formats.date(row.deadline())).setHeader(getTranslation("task.field.deadline")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.status().messageKey())).setHeader(getTranslation("task.field.status"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("task.list.empty"));
        grid.setHeight("60vh");
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.addItemClickListener(click -> {
            if (!secretariat) {
                open(click.getItem());
            }
        });
        String openLabel = getTranslation("task.action.open");
        // a button per row drawn by the browser (a Lit template): the server keeps no components per row (ADR 0022)
        grid.addColumn(LitRenderer.<TaskRow>of("""
                <vaadin-button theme="tertiary-inline" aria-label="${item.label}" @click="${open}">\
                <vaadin-icon icon="vaadin:arrow-right"></vaadin-icon></vaadin-button>""")
                .withProperty("label", row -> openLabel)
                .withFunction("open", this::open)).setAutoWidth(true).setFlexGrow(0);
    }

    /** The page of {@code items} whose label contains what was typed, with or without diacritics. */
    private static <T> Stream<T> matching(List<T> items, ComboBox<T> box, Query<T, String> query) {
        String typed = query.getFilter().orElse("");
        return items.stream().filter(item -> TextMatch.contains(box.getItemLabelGenerator().apply(item), typed))
                .skip(query.getOffset()).limit(query.getLimit());
    }

    private void open(TaskRow row) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, row.id()));
    }

    private TaskFilter filter() {
        return new TaskFilter(asOf.getValue(), agency.getValue() == null ? null : agency.getValue().id(),
                group.getValue(), area.getValue(), status.getValue(), deadlineFrom.getValue(), deadlineTo.getValue(),
                session.getValue() == null ? null : session.getValue().id(), text.getValue(),
                sort.getValue() == null ? TaskSort.NEWEST : sort.getValue(), mark.getValue() == null ? null : mark.getValue().key());
    }

    private void refresh() {
        TaskFilter filter = filter();
        shown = filter;
        // counted once per change of the filter: the label and the grid's size are the same number
        total = taskList.count(filter);
        long size = total;
        grid.setItems(query -> taskList.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, size));
        count.setText(getTranslation("task.list.count", Formats.integer(total)));
    }

    private void refreshAfterAssign(long taskId) {
        refresh();
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, taskId));
    }

    private void bulk(TaskWorkflowService.BulkAction action) {
        Set<TaskRow> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Messages.error(this, new ValidationException(null, "task.bulk.nothingSelected"));
            return;
        }
        Map<Long, String> failures = workflow.bulk(List.copyOf(selected), action, null);
        int succeeded = selected.size() - failures.size();
        if (failures.isEmpty()) {
            Messages.success(this, "task.bulk.done", succeeded);
        } else {
            Messages.partial(this, succeeded == 0, getTranslation("task.bulk.partial", succeeded, failures.size()),
                    selected.stream().filter(row -> failures.containsKey(row.id()))
                            .map(row -> getTranslation("task.bulk.failure", String.valueOf(row.id()), row.title(),
                                    getTranslation(failures.get(row.id())))).toList());
        }
        grid.deselectAll();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.tasks"));
    }
}
