package vn.gov.cchc.portal.common;

import java.util.List;

/**
 * Input that breaks business rules: one or more errors, each naming the form field it belongs to (or null when a
 * rule spans several fields), so that a form shows all of them at once on their fields.
 */
public class ValidationException extends PortalException {

    /** One broken rule: the field, the i18n key and its arguments. */
    public record FieldError(String field, String messageKey, Object... arguments) {
    }

    private final transient List<FieldError> errors;
    /** The field of the first error (kept as a field too, for tools that read exceptions by reflection). */
    private final String field;

    public ValidationException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldError(field, messageKey, arguments)));
    }

    public ValidationException(List<FieldError> errors) {
        super(errors.getFirst().messageKey(), errors.getFirst().arguments());
        this.errors = List.copyOf(errors);
        this.field = errors.getFirst().field();
    }

    /** The field of the first error. */
    public String field() {
        return field;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
