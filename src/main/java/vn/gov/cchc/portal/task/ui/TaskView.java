package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.common.ui.Badges;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.RouteLoading;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.RelatedTasksService;
import vn.gov.cchc.portal.task.Rollup;
import vn.gov.cchc.portal.task.TaskDetails;
import vn.gov.cchc.portal.task.TaskHistoryEntry;
import vn.gov.cchc.portal.task.TaskHistoryService;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.TaskNotice;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskWorkflowService;

/** One task: its source and details, the directive's roll-up, the history timeline, the audit trail, and the actions. */
@Route(TaskLinks.TASK)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER})
class TaskView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TaskQueryService queries;
    private final List<TaskNotice> notices;
    private final TaskHistoryService history;
    private final RelatedTasksService related;
    private final TaskWorkflowService workflow;
    private final AgencyService agencies;
    private final boolean secretariat;
    private TaskDetails task;

    TaskView(TaskQueryService queries, List<TaskNotice> notices, TaskHistoryService history, RelatedTasksService related,
            TaskWorkflowService workflow, AgencyService agencies, CurrentUser currentUser) {
        this.queries = queries;
        this.notices = notices;
        this.history = history;
        this.related = related;
        this.workflow = workflow;
        this.agencies = agencies;
        this.secretariat = currentUser.isSecretariatOrAdmin();
        addClassName("task-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        RouteLoading.loadOrNotFound(event, () -> queries.details(taskId)).ifPresent(loaded -> {
            task = loaded;
            render();
        });
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        add(new H2(task.title()));
        if (task.statusToday() != null) {
            Span status = new Span(getTranslation(task.statusToday().status().messageKey()));
            Badges.styled(status, "badge");
            status.addClassName("task-status");
            add(status);
        }
        add(TaskFacts.of(task, queries.sources(task.id()), getLocale()));
        notices.stream().map(notice -> notice.noticeOf(task.id(), getLocale())).flatMap(Optional::stream)
                .forEach(text -> add(Badges.styled(new Span(text), "badge error task-notice")));
        if (task.directive()) {
            add(rollup(today));
        }
        if (secretariat && !task.directive()) {
            add(actions());
        }
        if (!task.directive()) {
            add(new TaskWorkRecord(queries.reports(task.id()), queries.contributions(task.id()),
                    file -> queries.evidenceFile(file.id())));
            add(new H3(getTranslation("task.history.title")), history());
        }
        add(new H3(getTranslation("task.audit.title")), audit());
    }


    private Component rollup(LocalDate today) {
        Rollup rollup = related.rollup(task.id(), today);
        Counts counts = rollup.counts();
        Paragraph summary = new Paragraph(getTranslation("task.rollup", counts.done(), counts.planned(),
                counts.doneOnTime(), counts.doneLate(), counts.openOverdue()));
        Grid<TaskRow> children = new Grid<>();
        children.addColumn(row -> row.leadAgency() == null ? "" : row.leadAgency().in(getLocale())).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        children.addColumn(row -> Formats.date(row.deadline())).setHeader(getTranslation("task.field.deadline"));
        children.addColumn(row -> getTranslation(row.status().messageKey())).setHeader(getTranslation("task.field.status"));
        children.setItems(related.children(task.id(), today));
        children.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, click.getItem().id())));
        children.setAllRowsVisible(true);
        return new Div(new H3(getTranslation("task.children.title")), summary, children);
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = Toolbars.of();
        TaskState state = task.state();
        if (state == TaskState.AWAITING_CONFIRMATION) {
            Button confirm = new Button(getTranslation("task.action.confirm"),
                    click -> act(() -> workflow.confirmCompletion(task.id(), task.version(), null)));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(confirm, textAction("task.action.return", "task.field.reason",
                    text -> workflow.returnCompletion(task.id(), task.version(), text)));
        }
        boolean open = state == TaskState.OPEN || state == TaskState.AWAITING_CONFIRMATION || state == TaskState.SUSPENDED;
        if (open) {
            actions.add(textAction("task.action.approveExtension", "task.field.approvingDocument",
                    text -> workflow.approveExtension(task.id(), task.version(), text)));
            actions.add(textAction("task.action.refuseExtension", "task.field.reason",
                    text -> workflow.refuseExtension(task.id(), task.version(), text)));
            actions.add(textAction("task.action.remind", "task.field.note", text -> workflow.remind(task.id(), text)));
        }
        if (state == TaskState.OPEN) {
            actions.add(textAction("task.action.suspend", "task.field.reason",
                    text -> workflow.suspend(task.id(), task.version(), text)));
        }
        if (state == TaskState.SUSPENDED) {
            actions.add(textAction("task.action.resume", "task.field.note",
                    text -> workflow.resume(task.id(), task.version(), text)));
        }
        if (open) {
            actions.add(new Button(getTranslation("task.action.reassign"), click -> reassignDialog().open()));
            Button withdraw = textAction("task.action.withdraw", "task.field.reason",
                    text -> workflow.withdraw(task.id(), task.version(), text));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        return actions;
    }

    private Button textAction(String actionKey, String fieldKey, Consumer<String> action) {
        return new Button(getTranslation(actionKey), click -> new TextActionDialog(getTranslation(actionKey),
                getTranslation(fieldKey), text -> act(() -> action.accept(text))).open());
    }

    private Dialog reassignDialog() {
        ComboBox<AgencySummary> agency = new ComboBox<>(getTranslation("task.field.newLead"));
        agency.setItems(agencies.list(AgencyFilter.activeOn(LocalDate.now(PortalTime.ZONE), null)));
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        agency.setWidthFull();
        return new TextActionDialog(getTranslation("task.action.reassign"), getTranslation("task.field.reason"),
                text -> act(() -> {
                    if (agency.getValue() == null) {
                        throw new ValidationException("agency", "task.validation.reassignTarget");
                    }
                    workflow.reassign(task.id(), task.version(), agency.getValue().id(), text);
                }), agency);
    }

    /** Runs a workflow action; on success reloads the task, on refusal shows why and keeps the page as it is. */
    private boolean act(Runnable action) {
        boolean done = new FieldErrors(this).attempt(action);
        if (done) {
            Messages.success(this, "task.action.done");
            task = queries.details(task.id());
            render();
        }
        return done;
    }

    private Grid<TaskHistoryEntry> history() {
        Grid<TaskHistoryEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.DATE_TIME.format(e.at().atZone(PortalTime.ZONE))).setHeader(getTranslation("audit.field.at"))
                .setAutoWidth(true);
        grid.addColumn(TaskHistoryEntry::actor).setHeader(getTranslation("audit.field.user")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.type().messageKey())).setHeader(getTranslation("task.history.event")).setAutoWidth(true);
        grid.addColumn(this::describe).setHeader(getTranslation("audit.field.changes")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(history.history(task.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String describe(TaskHistoryEntry e) {
        StringBuilder text = new StringBuilder();
        append(text, e.note());
        if (e.percentDone() != null) {
            append(text, getTranslation("task.history.percent", e.percentDone()));
        }
        if (e.newDeadline() != null) {
            append(text, getTranslation("task.history.newDeadline", Formats.date(e.newDeadline())));
        }
        append(text, e.documentRef());
        if (e.toAgency() != null && e.fromAgency() != null) {
            append(text, getTranslation("task.history.handover", e.fromAgency().in(getLocale()), e.toAgency().in(getLocale())));
        } else if (e.toAgency() != null) {
            append(text, e.toAgency().in(getLocale()));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.isEmpty() ? "" : " · ").append(part);
        }
    }

    private Grid<AuditEntry> audit() {
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.DATE_TIME.format(e.at().atZone(PortalTime.ZONE))).setHeader(getTranslation("audit.field.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.field.user")).setAutoWidth(true);
        grid.addColumn(e -> e.changes().stream().map(c -> getTranslation(c.field()) + ": "
                + AuditEntry.display(c.before(), this::getTranslation) + " → "
                + AuditEntry.display(c.after(), this::getTranslation)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("audit.field.changes")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(history.changes(task.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }


    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("nav.tasks") : task.title();
    }
}
