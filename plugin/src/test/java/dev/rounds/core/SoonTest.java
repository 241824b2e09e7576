package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A value made on a thread of its own, and the warm-up that may follow it there. */
class SoonTest {

    @Test
    void theValueIsMadeOnAnotherThreadAndHandedOver() {
        AtomicReference<Thread> maker = new AtomicReference<>();

        Soon<String> soon = Soon.make(() -> {
            maker.set(Thread.currentThread());
            return "made";
        });

        assertEquals("made", soon.get());
        assertNotEquals(Thread.currentThread(), maker.get());
        assertTrue(maker.get().isDaemon(), "a set-up thread never keeps the JVM alive");
    }

    @Test
    void whatFollowsRunsWithTheValueAfterItIsHandedOver() throws InterruptedException {
        CountDownLatch handedOver = new CountDownLatch(1);
        CountDownLatch followed = new CountDownLatch(1);
        AtomicReference<Object> seen = new AtomicReference<>();
        Object value = new Object();

        Soon<Object> soon = Soon.make(() -> value, made -> {
            await(handedOver);
            seen.set(made);
            followed.countDown();
        });

        assertSame(value, soon.get(), "get() does not wait for what follows");
        handedOver.countDown();
        assertTrue(followed.await(10, TimeUnit.SECONDS));
        assertSame(value, seen.get());
    }

    @Test
    void whatFailsToBeMadeIsThrownByGetAndNothingFollows() throws InterruptedException {
        AtomicBoolean followed = new AtomicBoolean();

        Soon<String> soon = Soon.make(() -> {
            throw new IllegalStateException("no renderer");
        }, made -> followed.set(true));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, soon::get);
        assertEquals("no renderer", thrown.getMessage());
        Thread.sleep(100);
        assertFalse(followed.get());
    }

    @Test
    void aWarmUpRunsOnADaemonThreadOfItsOwn() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicReference<Thread> runner = new AtomicReference<>();

        Soon.warmUp("test", () -> {
            runner.set(Thread.currentThread());
            ran.countDown();
        });

        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertNotEquals(Thread.currentThread(), runner.get());
        assertTrue(runner.get().isDaemon());
        assertEquals("rounds-warm-up-test", runner.get().getName());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
