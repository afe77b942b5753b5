package vn.gov.cchc.portal.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** Finds a button in a dialog's footer (browserless queries look in the dialog's content). */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static Button footerButton(Dialog dialog, String text) {
        return dialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow())
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No footer button '" + text + "'"));
    }
}
