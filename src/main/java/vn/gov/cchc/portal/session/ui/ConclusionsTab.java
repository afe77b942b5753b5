package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.session.AgendaItem;
import vn.gov.cchc.portal.session.AgendaService;
import vn.gov.cchc.portal.session.Conclusion;
import vn.gov.cchc.portal.session.ConclusionDraft;
import vn.gov.cchc.portal.session.ConclusionFollowUp;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionDetails;

/** The conclusion notice and its numbered paragraphs, each tied to the agenda item it concludes. */
class ConclusionsTab extends VerticalLayout {

    private final ConclusionService conclusions;
    private final AgendaService agenda;
    private final long sessionId;
    private final Grid<Conclusion> grid = new Grid<>();

    ConclusionsTab(ConclusionService conclusions, AgendaService agenda, List<ConclusionFollowUp> followUps,
            SessionDetails session, boolean canEdit) {
        this.conclusions = conclusions;
        this.agenda = agenda;
        this.sessionId = session.id();
        setPadding(false);
        add(new Paragraph(session.notice().isEmpty() ? getTranslation("conclusion.noNotice")
                : getTranslation("session.noticeLabel", session.notice().number(), Formats.date(session.notice().date()),
                        session.notice().signer())));
        grid.addColumn(Conclusion::number).setHeader(getTranslation("conclusion.field.number")).setAutoWidth(true);
        grid.addColumn(Conclusion::text).setHeader(getTranslation("conclusion.field.text")).setFlexGrow(4);
        grid.addColumn(c -> c.agendaItemTitle() == null ? "" : c.agendaItemTitle())
                .setHeader(getTranslation("conclusion.field.agendaItem")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("conclusion.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (canEdit) {
            grid.addComponentColumn(c -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), click -> editor(c).open());
                edit.setAriaLabel(getTranslation("action.edit"));
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    if (new FieldErrors(this).attempt(() -> conclusions.remove(c.id()))) {
                        refresh();
                    }
                });
                remove.setAriaLabel(getTranslation("action.remove"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                HorizontalLayout actions = new HorizontalLayout();
                for (ConclusionFollowUp followUp : followUps) {
                    Button follow = new Button(VaadinIcon.TASKS.create(),
                            click -> getUI().ifPresent(ui -> ui.navigate(followUp.route(c.id()))));
                    follow.setAriaLabel(getTranslation(followUp.labelKey()));
                    follow.setTooltipText(getTranslation(followUp.labelKey()));
                    follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    actions.add(follow);
                }
                actions.add(edit, remove);
                return actions;
            }).setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("conclusion.action.add"), VaadinIcon.PLUS.create(), click -> editor(null).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(grid);
        refresh();
    }

    private Dialog editor(Conclusion existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "conclusion.action.add" : "conclusion.edit.title"));
        dialog.setWidth("min(48rem, 100vw)");
        TextArea text = new TextArea(getTranslation("conclusion.field.text"));
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setRequiredIndicatorVisible(true);
        ComboBox<AgendaItem> item = new ComboBox<>(getTranslation("conclusion.field.agendaItem"));
        List<AgendaItem> items = agenda.items(sessionId);
        item.setItems(items);
        item.setItemLabelGenerator(i -> i.position() + ". " + i.title());
        item.setClearButtonVisible(true);
        item.setWidthFull();
        if (existing != null) {
            text.setValue(existing.text());
            items.stream().filter(i -> existing.agendaItemId() != null && i.id() == existing.agendaItemId())
                    .findFirst().ifPresent(item::setValue);
        }
        dialog.add(new VerticalLayout(text, item));
        FieldErrors errors = new FieldErrors(this).bind("text", text).bind("agendaItem", item);
        Dialogs.footer(dialog, "action.save", () -> {
            ConclusionDraft draft = new ConclusionDraft(text.getValue(), item.getValue() == null ? null : item.getValue().id());
            boolean saved = errors.attempt(() -> {
                if (existing == null) {
                    conclusions.add(sessionId, draft);
                } else {
                    conclusions.update(existing.id(), existing.version(), draft);
                }
            });
            refresh();
            return saved;
        });
        return dialog;
    }

    private void refresh() {
        grid.setItems(conclusions.list(sessionId));
    }
}
