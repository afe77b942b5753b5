package vn.gov.cchc.portal.agency.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyMerge;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;

/** Records that the selected agency is merged into a successor from an effective date. */
class AgencyMergeDialog extends Dialog {

    AgencyMergeDialog(AgencyService agencies, AgencySummary agency, Consumer<AgencySummary> onMerged) {
        setHeaderTitle(getTranslation("agency.merge.title", agency.name(getLocale())));
        DatePicker effectiveDate = new DatePicker();
        DatePickers.localize(effectiveDate, this);
        effectiveDate.setLabel(getTranslation("agency.merge.effectiveDate"));
        effectiveDate.setRequiredIndicatorVisible(true);
        ComboBox<AgencySummary> successor = new ComboBox<>(getTranslation("agency.field.successor"));
        successor.setItems(agencies.list(AgencyFilter.all()).stream().filter(a -> a.id() != agency.id()).toList());
        successor.setItemLabelGenerator(a -> a.name(getLocale()) + " (" + a.code() + ")");
        successor.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("agency.merge.explanation")), new FormLayout(effectiveDate, successor));

        FieldErrors errors = new FieldErrors(this).bind("effectiveDate", effectiveDate).bind("successor", successor);
        Dialogs.footer(this, "agency.action.merge", () -> {
            if (successor.getValue() == null) {
                successor.setErrorMessage(getTranslation("validation.required"));
                successor.setInvalid(true);
                return false;
            }
            AgencyMerge merge = new AgencyMerge(agency.id(), agency.version(), successor.getValue().id(),
                    effectiveDate.getValue());
            boolean merged = errors.attempt(() -> onMerged.accept(agencies.recordMerge(merge)));
            if (merged) {
                Messages.success(this, "agency.merge.done");
            }
            return merged;
        });
    }
}
