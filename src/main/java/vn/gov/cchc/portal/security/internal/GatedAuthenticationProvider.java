package vn.gov.cchc.portal.security.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Checks the password only when the {@link PasswordCheckGate} gives a turn. */
class GatedAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final PasswordCheckGate gate;

    GatedAuthenticationProvider(AuthenticationProvider delegate, PasswordCheckGate gate) {
        this.delegate = delegate;
        this.gate = gate;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        return gate.check(() -> delegate.authenticate(authentication));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
