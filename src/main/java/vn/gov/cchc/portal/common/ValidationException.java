package vn.gov.cchc.portal.common;

/**
 * Input that breaks a business rule. {@code field} names the form field it belongs to, or is null when the
 * rule spans several fields.
 */
public class ValidationException extends PortalException {

    private final String field;

    public ValidationException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
