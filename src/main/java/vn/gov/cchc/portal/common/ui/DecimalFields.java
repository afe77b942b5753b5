package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Collection;

/**
 * Number fields for figures and scores: text typed into one is marked on the field in the user's language, and a
 * form with such a field is not saved (its value would read as empty, and a figure would be lost silently).
 */
public final class DecimalFields {

    private DecimalFields() {
    }

    public static BigDecimalField create(String label, Component owner) {
        BigDecimalField field = new BigDecimalField(label);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(owner.getTranslation("validation.notANumber")));
        return field;
    }

    /** True when none of the fields holds text that is not a number; otherwise says so and returns false. */
    public static boolean allNumbers(Collection<BigDecimalField> fields, Component owner) {
        boolean bad = fields.stream().anyMatch(field -> field.isInvalid() && field.getValue() == null);
        if (bad) {
            Messages.error(owner, owner.getTranslation("validation.fixNumbers"));
        }
        return !bad;
    }
}
