package vn.gov.cchc.portal.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.document.Signer;
import vn.gov.cchc.portal.document.SignerDraft;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.security.Roles;

/** The administrator's register of signers: who may sign the committee's documents, in which position, when. */
@Route("admin/signers")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 95, icon = "vaadin:pencil", title = "nav.signers")
class SignersView extends Main implements HasDynamicTitle {

    private final SignerService signers;
    private final Grid<Signer> grid = new Grid<>();

    SignersView(SignerService signers) {
        this.signers = signers;
        addClassName("signers-view");
        grid.addColumn(Signer::name).setHeader(getTranslation("document.field.name")).setFlexGrow(2);
        grid.addColumn(Signer::position).setHeader(getTranslation("document.field.position")).setFlexGrow(3);
        grid.addColumn(signer -> Formats.date(signer.validFrom())).setHeader(getTranslation("document.field.validFrom"))
                .setAutoWidth(true);
        grid.addColumn(signer -> signer.validTo() == null ? "" : Formats.date(signer.validTo()))
                .setHeader(getTranslation("document.field.validTo")).setAutoWidth(true);
        grid.addComponentColumn(signer -> {
            Button edit = new Button(getTranslation("action.edit"), click -> editor(signer).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("document.signer.add"), VaadinIcon.PLUS.create(), click -> editor(null).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.signers")), new Paragraph(getTranslation("document.signers.intro")), add, grid);
        refresh();
    }

    private Dialog editor(@Nullable Signer signer) {
        Dialog dialog = new Dialog(getTranslation(signer == null ? "document.signer.add" : "document.signer.edit"));
        TextField name = new TextField(getTranslation("document.field.name"));
        name.setMaxLength(SignerService.NAME_MAX);
        TextField position = new TextField(getTranslation("document.field.position"));
        position.setMaxLength(SignerService.POSITION_MAX);
        DatePicker from = DatePickers.create("document.field.validFrom", this);
        DatePicker to = DatePickers.create("document.field.validTo", this);
        if (signer != null) {
            name.setValue(signer.name());
            position.setValue(signer.position());
            from.setValue(signer.validFrom());
            to.setValue(signer.validTo());
        }
        dialog.add(new FormLayout(name, position, from, to));
        FieldErrors errors = new FieldErrors(this).bind("name", name).bind("position", position).bind("validFrom", from)
                .bind("validTo", to);
        Dialogs.footer(dialog, "action.save", () -> {
            SignerDraft draft = new SignerDraft(name.getValue(), position.getValue(), from.getValue(), to.getValue());
            boolean saved = errors.attempt(() -> {
                if (signer == null) {
                    signers.add(draft);
                } else {
                    signers.change(signer.id(), signer.version(), draft);
                }
            });
            if (saved) {
                refresh();
            }
            return saved;
        });
        return dialog;
    }

    private void refresh() {
        grid.setItems(signers.list());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.signers"));
    }
}
