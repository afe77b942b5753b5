package vn.gov.cchc.portal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.security.PasswordCheckProperties;
import vn.gov.cchc.portal.security.SignInBusyException;

/** A crowd signing in at once: one check per permit, a short queue, the rest told to try again. */
class PasswordCheckGateTest {

    /** Each sign-in on a thread of its own (the common pool may have a single thread on a small machine). */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void a_sign_in_waits_for_a_turn_and_one_beyond_the_queue_is_told_to_try_again() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(new PasswordCheckProperties(1, 1, Duration.ofSeconds(30)));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = checkingUntil(gate, finish);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.check(() -> "second"), threads);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(gate.waiting()).isOne();

        assertThatThrownBy(() -> gate.check(() -> "third")).isInstanceOf(SignInBusyException.class);
        assertThat(second).isNotDone();

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void a_sign_in_that_waited_too_long_is_told_to_try_again_and_the_turn_comes_back() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(new PasswordCheckProperties(1, 4, Duration.ofMillis(50)));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = checkingUntil(gate, finish);

        assertThatThrownBy(() -> gate.check(() -> "late")).isInstanceOf(SignInBusyException.class);

        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(gate.check(() -> "again")).isEqualTo("again");
    }

    @Test
    void one_check_per_core_unless_told_otherwise() {
        assertThat(new PasswordCheckProperties(0, 16, Duration.ofSeconds(5)).permits())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new PasswordCheckProperties(3, 16, Duration.ofSeconds(5)).permits()).isEqualTo(3);
    }

    /** A sign-in that holds its turn until {@code finish}; returns once it is checking. */
    private CompletableFuture<String> checkingUntil(PasswordCheckGate gate, CountDownLatch finish) throws InterruptedException {
        CountDownLatch checking = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.check(() -> {
            checking.countDown();
            await(finish);
            return "first";
        }), threads);
        assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
