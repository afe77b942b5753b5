package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorUnit;

/**
 * Adds an indicator to the catalogue, or changes one from a period on (a new version: the periods before keep the
 * version they were reported under). For a rate, the two counts it is computed from.
 */
class IndicatorDialog extends Dialog {

    IndicatorDialog(IndicatorCatalogueService catalogue, @Nullable Indicator changed, List<Indicator> inForce,
            LocalDate nextPeriod, Runnable saved) {
        setHeaderTitle(getTranslation(changed == null ? "indicator.catalogue.add" : "indicator.catalogue.change"));
        setWidth("min(48rem, 100vw)");
        TextField code = new TextField(getTranslation("indicator.field.code"));
        code.setMaxLength(32);
        code.setHelperText(getTranslation("indicator.catalogue.codeHint"));
        TextField nameVi = new TextField(getTranslation("index.item.nameVi"));
        nameVi.setMaxLength(255);
        TextField nameEn = new TextField(getTranslation("index.item.nameEn"));
        nameEn.setMaxLength(255);
        Select<IndicatorUnit> unit = new Select<>();
        unit.setLabel(getTranslation("indicator.field.unit"));
        unit.setItems(IndicatorUnit.values());
        unit.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        Checkbox byLevel = new Checkbox(getTranslation("indicator.field.byLevel"));
        CheckboxGroup<AgencyGroup> groups = new CheckboxGroup<>(getTranslation("indicator.field.groups"));
        groups.setItems(AgencyGroup.values());
        groups.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        List<Indicator> counts = inForce.stream().filter(indicator -> indicator.unit().additive()).toList();
        ComboBox<Indicator> numerator = counts(getTranslation("indicator.field.numerator"), counts);
        ComboBox<Indicator> denominator = counts(getTranslation("indicator.field.denominator"), counts);
        DatePicker validFrom = DatePickers.create("indicator.field.validFrom", this);
        validFrom.setHelperText(getTranslation("indicator.catalogue.validFromHint"));
        validFrom.setValue(nextPeriod);
        if (changed != null) {
            code.setValue(changed.code());
            code.setReadOnly(true);
            nameVi.setValue(changed.nameVi());
            nameEn.setValue(changed.nameEn());
            unit.setValue(changed.unit());
            byLevel.setValue(changed.byLevel());
            groups.setValue(changed.groups());
            counts.stream().filter(c -> c.code().equals(changed.numerator())).findFirst().ifPresent(numerator::setValue);
            counts.stream().filter(c -> c.code().equals(changed.denominator())).findFirst().ifPresent(denominator::setValue);
        } else {
            unit.setValue(IndicatorUnit.COUNT);
            groups.setValue(EnumSet.allOf(AgencyGroup.class));
        }
        FormLayout form = new FormLayout(code, validFrom, nameVi, nameEn, unit, byLevel, groups, numerator, denominator);
        form.setColspan(nameVi, 2);
        form.setColspan(nameEn, 2);
        form.setColspan(groups, 2);
        add(new Paragraph(getTranslation("indicator.catalogue.versionIntro")), form);
        Button save = new Button(getTranslation("action.save"), click -> {
            Indicator draft = new Indicator(code.getValue().strip().toUpperCase(Locale.ROOT), nameVi.getValue(),
                    nameEn.getValue(), unit.getValue(), byLevel.getValue(), Set.copyOf(groups.getValue()),
                    numerator.getValue() == null ? null : numerator.getValue().code(),
                    denominator.getValue() == null ? null : denominator.getValue().code(), validFrom.getValue(), 0);
            if (new FieldErrors(this).bind("code", code).bind("nameVi", nameVi).bind("nameEn", nameEn).bind("unit", unit)
                    .bind("groups", groups).bind("numerator", numerator).bind("denominator", denominator)
                    .bind("validFrom", validFrom).attempt(() -> catalogue.define(draft))) {
                Messages.success(this, "indicator.catalogue.saved", draft.code());
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private ComboBox<Indicator> counts(String label, List<Indicator> counts) {
        ComboBox<Indicator> box = new ComboBox<>(label, counts);
        box.setItemLabelGenerator(indicator -> indicator.name(getLocale()));
        box.setClearButtonVisible(true);
        box.setHelperText(getTranslation("indicator.catalogue.rateHint"));
        return box;
    }
}
