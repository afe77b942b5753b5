package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.session.Conclusion;
import vn.gov.cchc.portal.task.AgencySelection;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskAssignment;
import vn.gov.cchc.portal.task.TaskAssignmentService;
import vn.gov.cchc.portal.task.TaskPriority;

/** Assigns a task to one agency, to all ministries or all provinces, or to a hand-picked list. */
class AssignTaskDialog extends Dialog {

    private final TextField docNumber = new TextField();
    private final DatePicker docDate = new DatePicker();
    private final TextField docSigner = new TextField();
    private final TextArea docExcerpt = new TextArea();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<ReformArea> area = new ComboBox<>();
    private final RadioButtonGroup<AgencySelection.Kind> leadKind = new RadioButtonGroup<>();
    private final MultiSelectComboBox<AgencySummary> leads = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<AgencySummary> support = new MultiSelectComboBox<>();
    private final DatePicker assignedOn = new DatePicker();
    private final DatePicker deadline = new DatePicker();
    private final TextField product = new TextField();
    private final ComboBox<TaskPriority> priority = new ComboBox<>();
    private final IntegerField planYear = new IntegerField();

    AssignTaskDialog(TaskAssignmentService assignments, AgencyService agencies, Conclusion conclusion,
            LongConsumer onAssigned) {
        setHeaderTitle(getTranslation("task.assign.title"));
        setWidth("min(64rem, 100vw)");
        configure(agencies, assignments);
        FormLayout form = new FormLayout();
        if (conclusion != null) {
            add(new Paragraph(getTranslation("task.assign.fromConclusion", conclusion.number(), conclusion.text())));
            title.setValue(conclusion.text().length() > 480 ? conclusion.text().substring(0, 480) : conclusion.text());
        } else {
            form.add(docNumber, docDate, docSigner, docExcerpt);
            form.setColspan(docExcerpt, 2);
        }
        form.add(title, description, area, priority, leadKind, leads, support, assignedOn, deadline, product, planYear);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(leadKind, 2);
        form.setColspan(leads, 2);
        form.setColspan(support, 2);
        add(form);

        FieldErrors errors = new FieldErrors(this).bind("docNumber", docNumber).bind("docSigner", docSigner)
                .bind("docExcerpt", docExcerpt).bind("title", title).bind("description", description).bind("area", area)
                .bind("leads", leads).bind("support", support).bind("assignedOn", assignedOn).bind("deadline", deadline)
                .bind("product", product);
        Dialogs.footer(this, "task.action.assign", () -> {
            long[] created = new long[1];
            boolean saved = errors.attempt(() -> created[0] = assignments.assign(assignment(conclusion)));
            if (saved) {
                Messages.success(this, "task.assigned");
                onAssigned.accept(created[0]);
            }
            return saved;
        });
    }

    private void configure(AgencyService agencies, TaskAssignmentService assignments) {
        docNumber.setLabel(getTranslation("task.field.docNumber"));
        docNumber.setPlaceholder("123/QĐ-BCĐCCHC");
        docNumber.setRequiredIndicatorVisible(true);
        // the columns' limits (V5), also checked by the service
        docNumber.setMaxLength(64);
        docSigner.setMaxLength(255);
        docExcerpt.setMaxLength(2000);
        title.setMaxLength(500);
        description.setMaxLength(4000);
        product.setMaxLength(1000);
        DatePickers.localize(docDate, this);
        docDate.setLabel(getTranslation("task.field.docDate"));
        docSigner.setLabel(getTranslation("task.field.docSigner"));
        docExcerpt.setLabel(getTranslation("task.field.docExcerpt"));
        title.setLabel(getTranslation("task.field.title"));
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("task.field.description"));
        area.setLabel(getTranslation("task.field.area"));
        area.setItems(ReformArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        area.setRequiredIndicatorVisible(true);
        priority.setLabel(getTranslation("task.field.priority"));
        priority.setItems(TaskPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        priority.setValue(TaskPriority.NORMAL);
        leadKind.setLabel(getTranslation("task.field.leadKind"));
        leadKind.setItems(AgencySelection.Kind.values());
        leadKind.setItemLabelGenerator(k -> getTranslation("task.leadKind." + k.name()));
        leadKind.setValue(AgencySelection.Kind.SINGLE);
        leadKind.addValueChangeListener(e -> leads.setEnabled(e.getValue() == AgencySelection.Kind.SINGLE
                || e.getValue() == AgencySelection.Kind.SELECTED));
        List<AgencySummary> active = agencies.list(AgencyFilter.activeOn(assignments.today(), null));
        leads.setLabel(getTranslation("task.field.lead"));
        leadKind.setRequiredIndicatorVisible(true);
        leads.setItems(active);
        leads.setItemLabelGenerator(a -> a.name(getLocale()));
        support.setLabel(getTranslation("task.field.support"));
        support.setItems(active);
        support.setItemLabelGenerator(a -> a.name(getLocale()));
        DatePickers.localize(assignedOn, this);
        assignedOn.setLabel(getTranslation("task.field.assignedOn"));
        assignedOn.setValue(assignments.today());
        assignedOn.setRequiredIndicatorVisible(true);
        DatePickers.localize(deadline, this);
        deadline.setLabel(getTranslation("task.field.deadline"));
        deadline.setHelperText(getTranslation("task.field.deadlineHelp"));
        product.setLabel(getTranslation("task.field.product"));
        planYear.setLabel(getTranslation("task.field.planYear"));
    }

    private TaskAssignment assignment(Conclusion conclusion) {
        List<Long> leadIds = leads.getValue().stream().map(AgencySummary::id).toList();
        Set<Long> supportIds = support.getValue().stream().map(AgencySummary::id).collect(Collectors.toSet());
        return new TaskAssignment(conclusion == null ? null : conclusion.id(), docNumber.getValue(), docDate.getValue(),
                docSigner.getValue(), docExcerpt.getValue(), title.getValue(), description.getValue(), area.getValue(),
                new AgencySelection(leadKind.getValue(), leadIds), supportIds, assignedOn.getValue(), deadline.getValue(),
                product.getValue(), priority.getValue(), planYear.getValue());
    }
}
