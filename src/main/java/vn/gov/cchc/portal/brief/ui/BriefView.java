package vn.gov.cchc.portal.brief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefLinks;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.BriefStatus;
import vn.gov.cchc.portal.brief.IssueRequest;
import vn.gov.cchc.portal.brief.Narratives;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.Downloads;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.RouteLoading;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.document.Signer;
import vn.gov.cchc.portal.document.SignerPicker;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.document.StateDocument;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;

/**
 * A brief as it will be printed, with DOCX and PDF downloads. On a draft the secretariat writes the narrative
 * sections (plain text: whatever is pasted, markup included, is shown as text), recompiles and issues.
 */
@Route(BriefLinks.BRIEF)
@PermitAll
class BriefView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BriefService briefs;
    private final SignerService signers;
    private final boolean editor;
    private final boolean head;
    private BriefDetails brief;

    BriefView(BriefService briefs, SignerService signers, CurrentUser currentUser) {
        this.briefs = briefs;
        this.signers = signers;
        this.editor = currentUser.isSecretariatOrAdmin();
        this.head = currentUser.has(Role.SECRETARIAT_HEAD);
        addClassName("brief-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        RouteLoading.loadOrNotFound(event, () -> briefs.get(id)).ifPresent(loaded -> {
            brief = loaded;
            render();
        });
    }

    private void render() {
        removeAll();
        long id = brief.summary().id();
        add(new H2(getTranslation("brief.heading", brief.summary().sessionNumber(), brief.summary().versionNo(),
                getTranslation(brief.summary().status().messageKey()))));
        HorizontalLayout actions = Toolbars.of(
                download("brief.download.docx", "bao-cao-tom-tat-phien-" + brief.summary().sessionNumber() + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", () -> briefs.docx(id)),
                download("brief.download.pdf", "bao-cao-tom-tat-phien-" + brief.summary().sessionNumber() + ".pdf",
                        "application/pdf", () -> briefs.pdf(id)));
        add(actions);
        if (editor && brief.summary().status().unissued()) {
            add(approvalState());
            add(narrativeEditor());
        }
        if (editor && brief.summary().status() == BriefStatus.ISSUED) {
            add(new Button(getTranslation("brief.action.supersede"), click -> {
                BriefDetails[] next = new BriefDetails[1];
                if (new FieldErrors(this).attempt(() -> next[0] = briefs.supersede(id))) {
                    getUI().ifPresent(ui -> ui.navigate(BriefView.class, next[0].summary().id()));
                }
            }));
        }
        add(preview(briefs.document(id)));
        add(new H3(getTranslation("brief.history")), history(id));
    }

    private Grid<AuditEntry> history(long id) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.DATE_TIME.format(e.at().atZone(PortalTime.ZONE))).setHeader(getTranslation("audit.field.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.field.user")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name())).setHeader(getTranslation("audit.field.what"));
        grid.addColumn(e -> e.changes().stream().map(c -> getTranslation(c.field()) + ": " + AuditEntry.display(c.after(), this::getTranslation))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("audit.field.changes")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(briefs.history(id));
        grid.setAllRowsVisible(true);
        return grid;
    }


    private Component narrativeEditor() {
        TextArea situation = area("brief.field.situation", brief.narratives().situation());
        TextArea assessment = area("brief.field.assessment", brief.narratives().assessment());
        TextArea directions = area("brief.field.directions", brief.narratives().directions());
        Button save = new Button(getTranslation("action.save"), click -> act(() -> brief = briefs.saveNarratives(
                brief.summary().id(), brief.summary().version(),
                new Narratives(situation.getValue(), assessment.getValue(), directions.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button recompile = new Button(getTranslation("brief.action.recompile"), click -> act(() -> brief = briefs.recompile(
                brief.summary().id(), brief.summary().version(), brief.topN())));
        HorizontalLayout buttons = new HorizontalLayout(save, recompile);
        if (head && brief.summary().status() == BriefStatus.DRAFT) {
            Button approve = new Button(getTranslation("brief.action.approve"), click -> {
                if (new FieldErrors(this).attempt(() -> brief = briefs.approve(brief.summary().id(), brief.summary().version()))) {
                    Messages.success(this, "brief.approved");
                    render();
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        if (head && brief.summary().status() == BriefStatus.APPROVED) {
            Button issue = new Button(getTranslation("brief.action.issue"), click -> issueDialog().open());
            issue.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(issue);
        }
        buttons.addClassName("toolbar");
        return new Div(new H3(getTranslation("brief.narratives")), situation, assessment, directions, buttons);
    }

    /** Who drafted the draft, and who approved it when (or that it waits for a head's approval). */
    private Paragraph approvalState() {
        Paragraph state = new Paragraph(brief.summary().status() == BriefStatus.APPROVED
                ? getTranslation("brief.state.approved", brief.summary().draftedBy(), brief.summary().approvedBy(),
                        Formats.DATE_TIME.format(brief.summary().approvedAt().atZone(PortalTime.ZONE)))
                : getTranslation("brief.state.draft", brief.summary().draftedBy()));
        state.addClassName("brief-approval");
        return state;
    }

    private TextArea area(String labelKey, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMinHeight("6rem");
        area.setValue(value == null ? "" : value);
        return area;
    }

    private Dialog issueDialog() {
        Dialog dialog = new Dialog(getTranslation("brief.action.issue"));
        TextField number = new TextField(getTranslation("brief.field.number"));
        number.setPlaceholder("45/BC-VPBCĐ");
        DatePicker issuedOn = DatePickers.create("brief.field.issuedOn", this);
        issuedOn.setValue(LocalDate.now(PortalTime.ZONE));
        ComboBox<Signer> signer = SignerPicker.create(this, signers::inOfficeOn, issuedOn);
        dialog.add(new FormLayout(number, issuedOn, signer));
        FieldErrors errors = new FieldErrors(this).bind("docNumber", number).bind("issuedOn", issuedOn).bind("signer", signer);
        Dialogs.footer(dialog, "brief.action.issue", () -> {
            boolean issued = errors.attempt(() -> brief = briefs.issue(brief.summary().id(), brief.summary().version(),
                    new IssueRequest(number.getValue(), issuedOn.getValue(), signer.getValue() == null ? null : signer.getValue().id())));
            if (issued) {
                Messages.success(this, "brief.issued");
                render();
            }
            return issued;
        });
        return dialog;
    }

    private void act(Runnable action) {
        if (new FieldErrors(this).attempt(action)) {
            Messages.success(this, "brief.saved");
            render();
        }
    }

    private Anchor download(String labelKey, String fileName, String mimeType, SerializableSupplier<byte[]> bytes) {
        Anchor anchor = Downloads.link(getTranslation(labelKey), () -> new FileContent(fileName, mimeType, bytes.get()));
        anchor.addClassName("brief-download");
        return anchor;
    }

    /** The document as it prints: header, title, sections; all text is set as text, never as markup. */
    private Component preview(StateDocument document) {
        Div page = new Div();
        page.addClassName("brief-page");
        page.add(new Paragraph(document.header().parentBody() + " · " + document.header().issuingBody() + " · "
                + document.header().number()));
        page.add(new Paragraph(StateDocument.MOTTO_COUNTRY + " · " + StateDocument.MOTTO + " · " + document.header().placeAndDate()));
        if (document.draft()) {
            page.add(new H3(getTranslation("brief.draftMark")));
        }
        page.add(new H3(document.title()), new Paragraph(document.subtitle()));
        for (StateDocument.Block block : document.blocks()) {
            switch (block) {
                case StateDocument.Heading heading -> page.add(new H3(heading.text()));
                case StateDocument.Text text -> page.add(new Paragraph(text.text()));
                case StateDocument.Table table -> page.add(table(table));
            }
        }
        return page;
    }

    private Grid<List<String>> table(StateDocument.Table table) {
        Grid<List<String>> grid = new Grid<>();
        for (int c = 0; c < table.headers().size(); c++) {
            int column = c;
            grid.addColumn(row -> row.get(column)).setHeader(table.headers().get(c)).setFlexGrow(c == 0 ? 3 : 1);
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return brief == null ? getTranslation("nav.briefs")
                : getTranslation("brief.heading", brief.summary().sessionNumber(), brief.summary().versionNo(),
                        getTranslation(brief.summary().status().messageKey()));
    }
}
