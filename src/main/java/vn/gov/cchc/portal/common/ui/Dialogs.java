package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/** The footer every form dialog has: Cancel, and a primary button that closes the dialog once its action succeeds. */
public final class Dialogs {

    private Dialogs() {
    }

    public static Button footer(Dialog dialog, String primaryKey, BooleanSupplier action, ButtonVariant... variants) {
        Button primary = new Button(dialog.getTranslation(primaryKey), click -> {
            if (action.getAsBoolean()) {
                dialog.close();
            }
        });
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        primary.addThemeVariants(variants);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), click -> dialog.close()), primary);
        return primary;
    }
}
