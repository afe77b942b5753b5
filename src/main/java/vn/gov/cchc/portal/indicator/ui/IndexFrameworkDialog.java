package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.ui.DecimalFields;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexService;
import vn.gov.cchc.portal.indicator.IndicatorUnit;

/** Adds an index, or a new version of one under a later decision, from its first year on. */
class IndexFrameworkDialog extends Dialog {

    IndexFrameworkDialog(IndexService indices, LongConsumer saved) {
        setHeaderTitle(getTranslation("index.frameworkAdd"));
        setWidth("min(48rem, 100vw)");
        TextField code = new TextField(getTranslation("index.field.code"));
        code.setMaxLength(16);
        code.setPlaceholder("DDCI");
        code.setHelperText(getTranslation("index.field.codeHint"));
        TextField nameVi = new TextField(getTranslation("index.item.nameVi"));
        nameVi.setMaxLength(255);
        TextField nameEn = new TextField(getTranslation("index.item.nameEn"));
        nameEn.setMaxLength(255);
        TextField basis = new TextField(getTranslation("index.field.basis"));
        basis.setMaxLength(255);
        RadioButtonGroup<AgencyGroup> group = new RadioButtonGroup<>(getTranslation("indicator.field.groups"));
        group.setItems(AgencyGroup.values());
        group.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        group.setValue(AgencyGroup.PROVINCES);
        IntegerField firstYear = new IntegerField(getTranslation("index.field.firstYear"));
        RadioButtonGroup<IndicatorUnit> unit = new RadioButtonGroup<>(getTranslation("indicator.field.unit"));
        unit.setItems(IndicatorUnit.SCORE, IndicatorUnit.PERCENT);
        unit.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        unit.setValue(IndicatorUnit.SCORE);
        BigDecimalField max = DecimalFields.create(getTranslation("index.item.max"), this);
        unit.addValueChangeListener(event -> max.setEnabled(event.getValue() == IndicatorUnit.SCORE));
        Checkbox self = new Checkbox(getTranslation("index.self"));
        Checkbox appraised = new Checkbox(getTranslation("index.appraised"));
        Checkbox surveyed = new Checkbox(getTranslation("index.survey"));
        FormLayout form = new FormLayout(code, firstYear, nameVi, nameEn, basis, group, unit, max, self, appraised, surveyed);
        form.setColspan(nameVi, 2);
        form.setColspan(nameEn, 2);
        form.setColspan(basis, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (!DecimalFields.allNumbers(List.of(max), this)) {
                return;
            }
            IndexFramework draft = new IndexFramework(0, code.getValue().strip().toUpperCase(Locale.ROOT),
                    nameVi.getValue(), nameEn.getValue(), group.getValue(), basis.getValue(),
                    firstYear.getValue() == null ? 0 : firstYear.getValue(), unit.getValue(), max.getValue(), self.getValue(),
                    appraised.getValue(), surveyed.getValue(), List.of());
            long[] id = new long[1];
            if (new FieldErrors(this).bind("indexCode", code).bind("nameVi", nameVi).bind("nameEn", nameEn).bind("basis", basis)
                    .bind("firstYear", firstYear).bind("maxScore", max)
                    .attempt(() -> id[0] = indices.defineFramework(draft))) {
                Messages.success(this, "index.frameworkAdded");
                close();
                saved.accept(id[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
