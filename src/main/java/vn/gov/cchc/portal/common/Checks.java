package vn.gov.cchc.portal.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of a form's input before refusing it, so that the user sees all of them at once:
 * {@code new Checks().required("title", title).maxLength("title", title, 500).throwIfAny()}. A field keeps only its
 * first error.
 */
public final class Checks {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    /** The value must be present (a string must not be blank). */
    public Checks required(String field, Object value) {
        return check(value != null && !(value instanceof String text && text.isBlank()), field, "validation.required");
    }

    /** A text must fit its column; an absent text passes. */
    public Checks maxLength(String field, String value, int max) {
        return check(value == null || value.strip().length() <= max, field, "validation.tooLong", max);
    }

    /** Records an error when {@code ok} is false (and the field has none yet). */
    public Checks check(boolean ok, String field, String messageKey, Object... arguments) {
        if (!ok && (field == null || valid(field))) {
            errors.add(new ValidationException.FieldError(field, messageKey, arguments));
        }
        return this;
    }

    /** Whether the field has no error so far (to skip rules that build on it). */
    public boolean valid(String field) {
        return errors.stream().noneMatch(error -> field.equals(error.field()));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
