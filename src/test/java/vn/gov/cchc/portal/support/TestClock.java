package vn.gov.cchc.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The integration tests' clock: the system's, until a test stops it to step through time by hand (a throttle's
 * delay, a deadline passing), so that nothing depends on how fast a loaded machine runs the test.
 */
public final class TestClock extends Clock {

    private volatile Instant stopped;

    /** A clock stopped at the given instant, for unit tests that step through time from a known moment. */
    public static TestClock stoppedAt(Instant instant) {
        TestClock clock = new TestClock();
        clock.stopped = instant;
        return clock;
    }

    /** Runs the work with the clock stopped at the current instant; {@code advance} moves it; it runs on afterwards. */
    public <T> T stopped(Supplier<T> work) {
        stopped = Instant.now();
        try {
            return work.get();
        } finally {
            stopped = null;
        }
    }

    public void advance(Duration duration) {
        if (stopped == null) {
            throw new IllegalStateException("advance only a stopped clock");
        }
        stopped = stopped.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = stopped;
        return now != null ? now : Instant.now();
    }
}
