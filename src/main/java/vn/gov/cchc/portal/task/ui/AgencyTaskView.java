package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Badges;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.RouteLoading;
import vn.gov.cchc.portal.common.ui.TextLines;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.storage.UploadReceiver;
import vn.gov.cchc.portal.task.AgencyTaskPage;
import vn.gov.cchc.portal.task.AgencyTaskPageService;
import vn.gov.cchc.portal.task.ContributionService;
import vn.gov.cchc.portal.task.Evidence;
import vn.gov.cchc.portal.task.ProgressReport;
import vn.gov.cchc.portal.task.ProgressReportService;
import vn.gov.cchc.portal.task.TaskDetails;
import vn.gov.cchc.portal.task.TaskHistoryEntry;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskWorkflowService;

/**
 * One task as its agency works on it: report progress with evidence (drafts kept), and — the leader — propose
 * completion or ask for more time. Supporting agencies read it and add notes.
 */
@Route(TaskLinks.AGENCY_TASK)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
class AgencyTaskView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AgencyTaskPageService pages;
    private final ProgressReportService progress;
    private final ContributionService contributions;
    private final TaskQueryService queries;
    private final TaskWorkflowService workflow;
    private final boolean leader;
    private final @Nullable Long ownAgency;
    private TaskDetails task;

    private final IntegerField percent = new IntegerField();
    private final TextArea narrative = new TextArea();
    private final Div evidenceContainer = new Div();
    private final Div summary = new Div();
    private final Div record = new Div();
    private ProgressReport draft;

    AgencyTaskView(AgencyTaskPageService pages, ProgressReportService progress, ContributionService contributions,
            TaskQueryService queries, TaskWorkflowService workflow, CurrentUser currentUser) {
        this.pages = pages;
        this.progress = progress;
        this.contributions = contributions;
        this.queries = queries;
        this.workflow = workflow;
        this.leader = currentUser.has(Role.AGENCY_LEADER);
        this.ownAgency = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        addClassName("agency-task-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        RouteLoading.loadOrNotFound(event, () -> pages.page(taskId, getLocale())).ifPresent(this::render);
    }

    private void render(AgencyTaskPage page) {
        removeAll();
        task = page.task();
        boolean lead = ownAgency != null && ownAgency.equals(task.leadAgencyId());
        boolean reporting = page.reporting(ownAgency);
        add(summary);
        showSummary(page);
        if (reporting) {
            add(new H3(getTranslation("agencyTask.report.title")), reportForm(page));
            if (leader && task.state() == TaskState.OPEN) {
                add(leaderActions());
            }
        }
        if (!lead) {
            add(new H3(getTranslation("agencyTask.addContribution")), contributionForm());
        }
        add(record);
        showRecord(page);
    }

    /** The title, today's status, the facts and the notices: what a sent report or a note may change. */
    private void showSummary(AgencyTaskPage page) {
        summary.removeAll();
        summary.add(new H2(task.title()));
        if (task.statusToday() != null) {
            Span status = new Span(getTranslation(task.statusToday().status().messageKey()));
            Badges.styled(status, "badge");
            summary.add(status);
        }
        if (page.reporting(ownAgency)) {
            // the page's primary action on the first screen, also on a phone: it takes the focus to the report form
            Button reportNow = new Button(getTranslation("agencyTask.reportNow"), VaadinIcon.EDIT.create(), click -> {
                percent.scrollIntoView();
                percent.focus();
            });
            reportNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reportNow.addClassName("report-now");
            summary.add(reportNow);
        }
        summary.add(TaskFacts.of(task, page.sources(), getLocale()));
        page.notices().forEach(text -> summary.add(Badges.styled(new Span(text), "badge error task-notice")));
    }

    /** The reports sent, the supporting agencies' notes and the history. */
    private void showRecord(AgencyTaskPage page) {
        record.removeAll();
        record.add(new TaskWorkRecord(page.reports().stream().filter(ProgressReport::submitted).toList(),
                page.contributions(), file -> queries.evidenceFile(file.id())));
        record.add(new H3(getTranslation("task.history.title")), history(page.history()));
    }

    private Component reportForm(AgencyTaskPage page) {
        draft = page.reports().stream().filter(r -> !r.submitted()).findFirst().orElse(null);
        percent.setLabel(getTranslation("agencyTask.percent"));
        percent.setSuffixComponent(new Span("%"));
        narrative.setLabel(getTranslation("agencyTask.narrative"));
        narrative.setMaxLength(4000);
        narrative.setWidthFull();
        narrative.setMinHeight("8rem");
        percent.setValue(draft == null ? null : draft.percentDone());
        narrative.setValue(draft == null || draft.narrative() == null ? "" : draft.narrative());
        Upload upload = UploadReceiver.field(
                file -> progress.uploadEvidence(task.id(), draft == null ? null : draft.id(), file), this::refreshEvidence);
        upload.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("percent", percent).bind("narrative", narrative);
        Button save = new Button(getTranslation("agencyTask.saveDraft"), click -> {
            if (errors.attempt(this::saveDraft)) {
                Messages.success(this, "agencyTask.draftSaved");
            }
        });
        Button submit = new Button(getTranslation("agencyTask.submit"), click -> {
            if (errors.attempt(() -> {
                saveDraft();
                progress.submit(task.id(), draft.id(), draft.version());
            })) {
                Messages.success(this, "agencyTask.submitted");
                afterReportSent();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = Toolbars.of(save, submit);
        VerticalLayout form = new VerticalLayout(percent, narrative, new Paragraph(getTranslation("document.uploadHint")),
                upload, evidenceContainer, buttons);
        showEvidence(page.pendingEvidence());
        form.setPadding(false);
        return form;
    }

    /**
     * The form is empty again for the next report; only what the report changed is drawn again, not the whole page
     * (ADR 0022: the form with its upload is the heaviest part of the page).
     */
    private void afterReportSent() {
        AgencyTaskPage page = pages.page(task.id(), getLocale());
        task = page.task();
        draft = null;
        percent.clear();
        narrative.clear();
        showEvidence(page.pendingEvidence());
        showSummary(page);
        showRecord(page);
    }

    private void saveDraft() {
        int value = percent.getValue() == null ? -1 : percent.getValue();
        draft = progress.saveDraft(task.id(), draft == null ? null : draft.id(), draft == null ? 0 : draft.version(),
                value, narrative.getValue());
    }

    private Component leaderActions() {
        Button propose = new Button(getTranslation("agencyTask.propose"), click -> proposeDialog().open());
        propose.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button extend = new Button(getTranslation("agencyTask.requestExtension"), click -> extensionDialog().open());
        HorizontalLayout actions = Toolbars.of(propose, extend);
        return actions;
    }

    private Dialog proposeDialog() {
        Dialog dialog = new Dialog(getTranslation("agencyTask.propose"));
        TextField product = new TextField(getTranslation("agencyTask.productDelivered"));
        product.setMaxLength(255);
        product.setHelperText(getTranslation("agencyTask.productHelp"));
        product.setWidthFull();
        dialog.add(product);
        FieldErrors errors = new FieldErrors(this).bind("product", product).bind("text", product);
        Dialogs.footer(dialog, "agencyTask.propose", () -> reloadAfter(errors.attempt(
                () -> workflow.proposeCompletion(task.id(), task.version(), product.getValue()))));
        return dialog;
    }

    private Dialog extensionDialog() {
        Dialog dialog = new Dialog(getTranslation("agencyTask.requestExtension"));
        DatePicker date = DatePickers.create("agencyTask.newDeadline", this);
        TextArea reason = new TextArea(getTranslation("task.field.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        dialog.add(new VerticalLayout(date, reason));
        FieldErrors errors = new FieldErrors(this).bind("newDeadline", date).bind("reason", reason).bind("text", reason);
        Dialogs.footer(dialog, "agencyTask.requestExtension", () -> reloadAfter(errors.attempt(
                () -> workflow.requestExtension(task.id(), task.version(), date.getValue(), reason.getValue()))));
        return dialog;
    }

    private boolean reloadAfter(boolean done) {
        if (done) {
            Messages.success(this, "task.action.done");
            render(pages.page(task.id(), getLocale()));
        }
        return done;
    }

    private Component contributionForm() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        TextArea note = new TextArea(getTranslation("agencyTask.contributionNote"));
        note.setMaxLength(4000);
        note.setWidthFull();
        Button add = new Button(getTranslation("agencyTask.addContribution"), click -> {
            if (new FieldErrors(this).bind("note", note).attempt(() -> contributions.addContribution(task.id(), note.getValue()))) {
                note.clear();
                showRecord(pages.page(task.id(), getLocale()));
            }
        });
        list.add(note, add);
        return list;
    }

    /** Only the list is refreshed after an upload, so that a report being typed is not lost. */
    private void refreshEvidence() {
        showEvidence(progress.pendingEvidence(task.id()));
    }

    /** The files that go with the next report; each can be removed until the report is sent. */
    private void showEvidence(List<Evidence> files) {
        evidenceContainer.removeAll();
        evidenceContainer.add(files.isEmpty() ? new Paragraph(getTranslation("document.empty"))
                : TaskWorkRecord.files(files, file -> queries.evidenceFile(file.id()), file -> {
                    if (new FieldErrors(this).attempt(() -> progress.removeEvidence(file.id()))) {
                        Messages.success(this, "agencyTask.evidenceRemoved", file.fileName());
                        refreshEvidence();
                    }
                }));
    }

    private Component history(List<TaskHistoryEntry> entries) {
        return TextLines.of("task-history", entries.stream()
                .map(entry -> Formats.DATE_TIME.format(entry.at().atZone(PortalTime.ZONE)) + " · "
                        + getTranslation(entry.type().messageKey()) + " · " + entry.actor()
                        + (entry.note() == null ? "" : " — " + entry.note()))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("nav.agencyTasks") : task.title();
    }
}
