package vn.gov.cchc.portal.security.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.security.PasswordCheckProperties;
import vn.gov.cchc.portal.security.SignInBusyException;

/**
 * At most one password check per core at a time (ADR 0022): the others wait in a short, fair queue, and a sign-in
 * beyond the queue, or one that waited too long, is refused at once with {@link SignInBusyException} instead of
 * holding one of the request threads every signed-in user's screen needs.
 */
@Component
class PasswordCheckGate {

    private final Semaphore turns;
    private final AtomicInteger waiting = new AtomicInteger();
    private final PasswordCheckProperties properties;

    PasswordCheckGate(PasswordCheckProperties properties) {
        this.properties = properties;
        this.turns = new Semaphore(properties.permits(), true);
    }

    <T> T check(Supplier<T> passwordCheck) {
        if (!turns.tryAcquire()) {
            waitForTurn();
        }
        try {
            return passwordCheck.get();
        } finally {
            turns.release();
        }
    }

    private void waitForTurn() {
        if (waiting.incrementAndGet() > properties.queue()) {
            waiting.decrementAndGet();
            throw new SignInBusyException();
        }
        try {
            if (!turns.tryAcquire(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SignInBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusyException();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Sign-ins waiting for a turn now. */
    int waiting() {
        return waiting.get();
    }
}
