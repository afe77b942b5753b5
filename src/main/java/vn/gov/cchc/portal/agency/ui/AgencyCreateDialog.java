package vn.gov.cchc.portal.agency.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.agency.NewAgency;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;

class AgencyCreateDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField gsoCode = new TextField();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final ComboBox<AgencyKind> kind = new ComboBox<>();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();

    AgencyCreateDialog(AgencyService agencies, Consumer<AgencySummary> onCreated) {
        setHeaderTitle(getTranslation("agency.create.title"));
        code.setLabel(getTranslation("agency.field.code"));
        code.setHelperText(getTranslation("agency.field.codeHelp"));
        code.setRequiredIndicatorVisible(true);
        gsoCode.setLabel(getTranslation("agency.field.gsoCode"));
        nameVi.setLabel(getTranslation("agency.field.nameVi"));
        nameVi.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("agency.field.nameEn"));
        nameEn.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("agency.field.kind"));
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        DatePickers.localize(validFrom, this);
        validFrom.setLabel(getTranslation("agency.field.validFrom"));
        DatePickers.localize(validTo, this);
        validTo.setLabel(getTranslation("agency.field.validTo"));
        add(new FormLayout(code, gsoCode, nameVi, nameEn, kind, validFrom, validTo));

        FieldErrors errors = new FieldErrors(this).bind("code", code).bind("nameVi", nameVi).bind("nameEn", nameEn)
                .bind("kind", kind).bind("validFrom", validFrom).bind("validTo", validTo);
        Dialogs.footer(this, "action.save", () -> {
            NewAgency draft = new NewAgency(code.getValue(), gsoCode.getValue(), nameVi.getValue(), nameEn.getValue(),
                    kind.getValue(), validFrom.getValue(), validTo.getValue());
            boolean saved = errors.attempt(() -> onCreated.accept(agencies.create(draft)));
            if (saved) {
                Messages.success(this, "agency.create.done");
            }
            return saved;
        });
    }
}
