package vn.gov.cchc.portal.security.internal;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Failed sign-ins counted per key (an account or an address), kept where every node reads them. */
interface FailureCounts {

    record Failures(int count, Instant last) {
    }

    @Nullable
    Failures get(String key);

    /** One more failure at {@code now}; a count whose last failure is before {@code forgottenBefore} starts again. */
    void increment(String key, Instant now, Instant forgottenBefore);

    void remove(String key);

    /** The counts of the keys that start with the prefix, their last failure not before the instant. */
    Map<String, Failures> startingWith(String prefix, Instant notBefore);

    /** Forgets the counts whose last failure is before the instant. */
    void forgetBefore(Instant instant);
}
