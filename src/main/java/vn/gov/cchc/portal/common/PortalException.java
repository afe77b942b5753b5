package vn.gov.cchc.portal.common;

import java.util.Arrays;

/**
 * A failure the user can understand. It carries an i18n key and its arguments, never text, so that the view
 * shows it in the user's language.
 */
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PortalException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
