package vn.gov.cchc.portal.security;

import org.springframework.security.core.AuthenticationException;

/** Too many sign-ins at this moment: the password was not checked, the user may try again in a few seconds. */
public class SignInBusyException extends AuthenticationException {

    public SignInBusyException() {
        super("Too many sign-ins at once; the password was not checked");
    }
}
