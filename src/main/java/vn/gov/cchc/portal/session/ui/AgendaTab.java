package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.session.AgendaItem;
import vn.gov.cchc.portal.session.AgendaItemDraft;
import vn.gov.cchc.portal.session.AgendaService;

/** The ordered agenda; the secretariat adds, edits, removes and reorders items. */
class AgendaTab extends VerticalLayout {

    private final AgendaService agenda;
    private final long sessionId;
    private final Grid<AgendaItem> grid = new Grid<>();

    AgendaTab(AgendaService agenda, long sessionId, boolean canEdit) {
        this.agenda = agenda;
        this.sessionId = sessionId;
        setPadding(false);
        grid.addColumn(AgendaItem::position).setHeader(getTranslation("agenda.field.position")).setAutoWidth(true);
        grid.addColumn(AgendaItem::title).setHeader(getTranslation("agenda.field.title")).setFlexGrow(3);
        grid.addColumn(item -> item.presenter() == null ? "" : item.presenter())
                .setHeader(getTranslation("agenda.field.presenter")).setFlexGrow(2);
        grid.addColumn(item -> item.plannedMinutes() == null ? "" : getTranslation("agenda.minutes", item.plannedMinutes()))
                .setHeader(getTranslation("agenda.field.plannedMinutes")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("agenda.empty"));
        grid.setAllRowsVisible(true);
        if (canEdit) {
            grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("agenda.action.add"), VaadinIcon.PLUS.create(), click -> editor(null).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(grid);
        refresh();
    }

    private HorizontalLayout rowActions(AgendaItem item) {
        Button up = iconButton(VaadinIcon.ARROW_UP, "agenda.action.up", () -> agenda.move(item.id(), -1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "agenda.action.down", () -> agenda.move(item.id(), 1));
        Button edit = iconButton(VaadinIcon.EDIT, "action.edit", () -> editor(item).open());
        Button remove = iconButton(VaadinIcon.TRASH, "action.remove", () -> agenda.remove(item.id()));
        return new HorizontalLayout(up, down, edit, remove);
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> {
            if (new FieldErrors(this).attempt(action)) {
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private Dialog editor(AgendaItem existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "agenda.action.add" : "agenda.edit.title"));
        TextField title = new TextField(getTranslation("agenda.field.title"));
        title.setRequiredIndicatorVisible(true);
        TextField presenter = new TextField(getTranslation("agenda.field.presenter"));
        IntegerField minutes = new IntegerField(getTranslation("agenda.field.plannedMinutes"));
        minutes.setMin(1);
        if (existing != null) {
            title.setValue(existing.title());
            presenter.setValue(existing.presenter() == null ? "" : existing.presenter());
            minutes.setValue(existing.plannedMinutes());
        }
        FormLayout form = new FormLayout(title, presenter, minutes);
        form.setColspan(title, 2);
        dialog.add(form);
        FieldErrors errors = new FieldErrors(this).bind("title", title).bind("plannedMinutes", minutes);
        Dialogs.footer(dialog, "action.save", () -> {
            AgendaItemDraft draft = new AgendaItemDraft(title.getValue(), presenter.getValue(), minutes.getValue());
            boolean saved = errors.attempt(() -> {
                if (existing == null) {
                    agenda.add(sessionId, draft);
                } else {
                    agenda.update(existing.id(), existing.version(), draft);
                }
            });
            refresh();
            return saved;
        });
        return dialog;
    }

    private void refresh() {
        grid.setItems(agenda.items(sessionId));
    }
}
