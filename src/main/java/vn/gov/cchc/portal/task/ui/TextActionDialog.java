package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import vn.gov.cchc.portal.common.ui.Dialogs;

/** Asks for one text (a reason, a note, a document reference) and runs the action with it; stays open on refusal. */
class TextActionDialog extends Dialog {

    TextActionDialog(String title, String fieldLabel, Predicate<String> action, Component... extraFields) {
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        TextArea text = new TextArea(fieldLabel);
        text.setWidthFull();
        text.setMaxLength(2000);
        VerticalLayout content = new VerticalLayout(extraFields);
        content.add(text);
        content.setPadding(false);
        add(content);
        Dialogs.footer(this, "action.confirm", () -> action.test(text.getValue()));
    }
}
