package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.ui.DecimalFields;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexPublication;
import vn.gov.cchc.portal.indicator.IndexService;

/** How a year's results were published: the document, the national value, how many agencies were ranked. */
class IndexPublicationDialog extends Dialog {

    IndexPublicationDialog(IndexService indices, IndexFramework framework, int year, @Nullable IndexPublication existing,
            Runnable saved) {
        setHeaderTitle(getTranslation("index.publication.title", framework.name(getLocale()), String.valueOf(year)));
        setWidth("min(40rem, 100vw)");
        TextField document = new TextField(getTranslation("index.publication.documentField"));
        document.setMaxLength(255);
        document.setPlaceholder(getTranslation("index.publication.documentPlaceholder"));
        BigDecimalField national = DecimalFields.create(getTranslation("index.publication.nationalField"), this);
        IntegerField rankedCount = new IntegerField(getTranslation("index.publication.rankedCount"));
        rankedCount.setMin(1);
        if (existing != null) {
            document.setValue(existing.document() == null ? "" : existing.document());
            national.setValue(existing.nationalValue());
            rankedCount.setValue(existing.rankedCount());
        }
        FormLayout form = new FormLayout(document, national, rankedCount);
        form.setColspan(document, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (!DecimalFields.allNumbers(List.of(national), this)) {
                return;
            }
            IndexPublication publication = new IndexPublication(framework.id(), year,
                    document.getValue().isBlank() ? null : document.getValue().strip(), national.getValue(),
                    rankedCount.getValue(), existing == null ? 0 : existing.version());
            if (new FieldErrors(this).bind("document", document).bind("nationalValue", national)
                    .bind("rankedCount", rankedCount).attempt(() -> indices.savePublication(publication))) {
                Messages.success(this, "index.publication.saved");
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
