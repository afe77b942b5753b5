package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.gov.cchc.portal.common.ui.DecimalFields;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexItem;
import vn.gov.cchc.portal.indicator.IndexService;

/** Adds an area, a criterion or a sub-criterion to a framework's tree, as the decision's appendix numbers it. */
class IndexItemDialog extends Dialog {

    IndexItemDialog(IndexService indices, IndexFramework framework, Runnable saved) {
        setHeaderTitle(getTranslation("index.item.add"));
        setWidth("min(44rem, 100vw)");
        ComboBox<IndexItem> parent = new ComboBox<>(getTranslation("index.item.parent"));
        parent.setItems(framework.items());
        parent.setItemLabelGenerator(item -> item.code() + ". " + item.name(getLocale()));
        parent.setHelperText(getTranslation("index.item.parentHint"));
        TextField code = new TextField(getTranslation("index.item.code"));
        code.setMaxLength(16);
        code.setPlaceholder("1.2.3");
        TextField nameVi = new TextField(getTranslation("index.item.nameVi"));
        nameVi.setMaxLength(500);
        TextField nameEn = new TextField(getTranslation("index.item.nameEn"));
        nameEn.setMaxLength(500);
        BigDecimalField max = DecimalFields.create(getTranslation("index.item.max"), this);
        FormLayout form = new FormLayout(parent, code, nameVi, nameEn, max);
        form.setColspan(nameVi, 2);
        form.setColspan(nameEn, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (!DecimalFields.allNumbers(List.of(max), this)) {
                return;
            }
            IndexItem item = new IndexItem(code.getValue().strip(), parent.getValue() == null ? null : parent.getValue().code(),
                    nameVi.getValue(), nameEn.getValue(), max.getValue());
            if (new FieldErrors(this).bind("code", code).bind("parentCode", parent).bind("nameVi", nameVi)
                    .bind("nameEn", nameEn).bind("maxScore", max).attempt(() -> indices.addItem(framework.id(), item))) {
                Messages.success(this, "index.item.added");
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
