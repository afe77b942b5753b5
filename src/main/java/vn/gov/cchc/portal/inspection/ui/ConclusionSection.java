package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.Downloads;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.document.Signer;
import vn.gov.cchc.portal.document.SignerPicker;
import vn.gov.cchc.portal.inspection.Conclusion;
import vn.gov.cchc.portal.inspection.ConclusionNoticeService;
import vn.gov.cchc.portal.inspection.ConclusionStatus;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.IssueNotice;
import vn.gov.cchc.portal.inspection.Requirement;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.task.TaskLinks;

/**
 * The conclusion notice: its versions (each as DOCX and PDF; an issued one's requirements open their tasks), the
 * draft's editor for the team and the secretariat, and the secretariat's issue and supersede.
 */
class ConclusionSection extends Div {

    private static final int DEFAULT_DAYS = 15;

    /** The fields of one requirement in the editor. */
    private record RequirementRow(TextArea text, IntegerField days, HorizontalLayout layout) {
    }

    private final ConclusionNoticeService conclusions;
    private final CurrentUser currentUser;
    private final boolean head;
    private final Runnable saved;

    ConclusionSection(InspectionDetails details, ConclusionNoticeService conclusions, CurrentUser currentUser,
            boolean secretariat, Runnable saved) {
        this.conclusions = conclusions;
        this.currentUser = currentUser;
        this.head = currentUser.has(Role.SECRETARIAT_HEAD);
        this.saved = saved;
        addClassName("inspection-conclusion");
        add(new H3(getTranslation("inspection.conclusion")));
        Conclusion draft = details.conclusions().stream().filter(c -> c.status().unissued()).findFirst().orElse(null);
        boolean canDraft = details.editable() || (secretariat && draft != null);
        for (Conclusion version : details.conclusions()) {
            if (version.status().unissued() && canDraft) {
                add(editor(version, secretariat));
            } else {
                add(version(version, details));
            }
        }
        if (draft == null && details.editable()) {
            add(new Button(getTranslation("inspection.conclusion.start"), VaadinIcon.FILE_TEXT_O.create(), click -> {
                if (new FieldErrors(this).attempt(() -> conclusions.draft(details.summary().id()))) {
                    saved.run();
                }
            }));
        }
        boolean issued = details.conclusions().stream().anyMatch(c -> c.status() == ConclusionStatus.ISSUED);
        if (draft == null && issued && secretariat) {
            Conclusion current = details.conclusions().stream().filter(c -> c.status() == ConclusionStatus.ISSUED).findFirst().orElseThrow();
            add(new Button(getTranslation("inspection.conclusion.supersede"), VaadinIcon.COPY.create(), click -> {
                if (new FieldErrors(this).attempt(() -> conclusions.supersede(current.id()))) {
                    saved.run();
                }
            }));
        }
    }

    private Div version(Conclusion conclusion, InspectionDetails details) {
        Div block = new Div();
        block.addClassName("conclusion-version");
        String heading = getTranslation("inspection.conclusion.version", conclusion.versionNo(), getTranslation(conclusion.status().messageKey()));
        if (conclusion.docNumber() != null) {
            heading += " · " + getTranslation("inspection.conclusion.issuedAs", conclusion.docNumber(), Formats.date(conclusion.issuedOn()),
                    conclusion.signer());
        }
        block.add(new H4(heading));
        if (!conclusion.conclusions().isBlank()) {
            block.add(new Paragraph(conclusion.conclusions()));
        }
        OrderedList requirements = new OrderedList();
        for (Requirement requirement : conclusion.requirements()) {
            ListItem item = new ListItem(requirement.text() + " " + getTranslation("inspection.requirement.due", requirement.dueDays()));
            if (requirement.taskId() != null) {
                item.add(new Span(" "), new Anchor(TaskLinks.forUser(currentUser, requirement.taskId()), getTranslation("inspection.requirement.task",
                        requirement.taskId())));
            }
            requirements.add(item);
        }
        block.add(requirements, downloads(conclusion, details));
        return block;
    }

    private HorizontalLayout downloads(Conclusion conclusion, InspectionDetails details) {
        String file = "thong-bao-ket-luan-kiem-tra-" + details.summary().year() + "-" + details.summary().agencyId() + "-v" + conclusion.versionNo();
        Anchor docx = Downloads.link(getTranslation("inspection.conclusion.docx"), () -> new FileContent(file + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", conclusions.docx(conclusion.id())));
        Anchor pdf = Downloads.link(getTranslation("inspection.conclusion.pdf"), () -> new FileContent(file + ".pdf", "application/pdf",
                conclusions.pdf(conclusion.id())));
        docx.addClassName("conclusion-docx");
        pdf.addClassName("conclusion-pdf");
        return new HorizontalLayout(docx, pdf);
    }

    private Div editor(Conclusion draft, boolean secretariat) {
        Div block = new Div();
        block.addClassName("conclusion-editor");
        block.add(new H4(getTranslation("inspection.conclusion.version", draft.versionNo(), getTranslation(draft.status().messageKey()))));
        TextArea text = new TextArea(getTranslation("inspection.conclusion.text"));
        text.setMaxLength(8000);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValue(draft.conclusions());
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        List<RequirementRow> requirements = new ArrayList<>();
        draft.requirements().forEach(requirement -> requirements.add(row(rows, requirements, requirement)));
        Button addRow = new Button(getTranslation("inspection.requirement.add"), VaadinIcon.PLUS.create(),
                click -> requirements.add(row(rows, requirements, null)));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (save(draft, text, requirements) != null) {
                Messages.success(this, "inspection.conclusion.saved");
                saved.run();
            }
        });
        HorizontalLayout actions = new HorizontalLayout(addRow, save);
        if (head && draft.status() == ConclusionStatus.DRAFT) {
            Button approve = new Button(getTranslation("inspection.conclusion.approve"), VaadinIcon.CHECK.create(), click -> {
                if (new FieldErrors(this).attempt(() -> conclusions.approve(draft.id(), draft.version()))) {
                    Messages.success(this, "inspection.conclusion.approved");
                    saved.run();
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(approve);
        }
        if (head && draft.status() == ConclusionStatus.APPROVED) {
            Button issue = new Button(getTranslation("inspection.conclusion.issue"), VaadinIcon.CHECK.create(),
                    click -> issueDialog(draft));
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(issue);
        }
        Paragraph state = new Paragraph(draft.status() == ConclusionStatus.APPROVED
                ? getTranslation("inspection.conclusion.state.approved", draft.draftedBy(), draft.approvedBy(),
                        Formats.DATE_TIME.format(draft.approvedAt().atZone(PortalTime.ZONE)))
                : getTranslation("inspection.conclusion.state.draft", draft.draftedBy()));
        state.addClassName("conclusion-approval");
        block.add(state, text, new H4(getTranslation("inspection.requirements")), rows, actions);
        return block;
    }

    /** Saves the draft as edited; the saved version, or null when it was refused (the reasons are on the fields). */
    private @Nullable Conclusion save(Conclusion draft, TextArea text, List<RequirementRow> rows) {
        FieldErrors errors = new FieldErrors(this).bind("conclusions", text);
        for (int i = 0; i < rows.size(); i++) {
            errors.bind("requirement/" + i, rows.get(i).text());
        }
        Conclusion[] saved = new Conclusion[1];
        boolean ok = errors.attempt(() -> saved[0] = conclusions.save(draft.id(), draft.version(), text.getValue(), rows.stream()
                .map(row -> new Requirement(row.text().getValue(), row.days().getValue() == null ? 0 : row.days().getValue(), null))
                .toList()));
        return ok ? saved[0] : null;
    }

    /** The approved draft is issued as it was approved: nothing is saved on the way. */
    private void issueDialog(Conclusion approved) {
        Dialog dialog = new Dialog(getTranslation("inspection.conclusion.issue"));
        dialog.setWidth("min(40rem, 100vw)");
        TextField number = new TextField(getTranslation("inspection.conclusion.number"));
        number.setMaxLength(64);
        number.setPlaceholder("25/TB-ĐKT");
        DatePicker issuedOn = DatePickers.create("inspection.conclusion.issuedOn", this);
        issuedOn.setValue(LocalDate.now(PortalTime.ZONE));
        ComboBox<Signer> signer = SignerPicker.create(this, conclusions::signersOn, issuedOn);
        FormLayout form = new FormLayout(number, issuedOn, signer);
        dialog.add(new Paragraph(getTranslation("inspection.conclusion.issueIntro")), form);
        Dialogs.footer(dialog, "inspection.conclusion.issue", () -> {
            boolean ok = new FieldErrors(this).bind("docNumber", number).bind("issuedOn", issuedOn).bind("signer", signer)
                    .attempt(() -> conclusions.issue(approved.id(), approved.version(), new IssueNotice(number.getValue(),
                            issuedOn.getValue(), signer.getValue() == null ? null : signer.getValue().id())));
            if (ok) {
                Messages.success(this, "inspection.conclusion.issued");
                saved.run();
            }
            return ok;
        });
        dialog.open();
    }

    private RequirementRow row(VerticalLayout rows, List<RequirementRow> all, @Nullable Requirement requirement) {
        TextArea text = new TextArea(getTranslation("inspection.requirement.text"));
        text.setMaxLength(4000);
        text.setWidth("44em");
        text.setValue(requirement == null ? "" : requirement.text());
        IntegerField days = new IntegerField(getTranslation("inspection.requirement.days"));
        days.setMin(1);
        days.setMax(366);
        days.setValue(requirement == null ? DEFAULT_DAYS : requirement.dueDays());
        HorizontalLayout layout = new HorizontalLayout(text, days);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        RequirementRow row = new RequirementRow(text, days, layout);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            all.remove(row);
            rows.remove(layout);
        });
        remove.setAriaLabel(getTranslation("inspection.requirement.remove"));
        layout.add(remove);
        rows.add(layout);
        return row;
    }
}
