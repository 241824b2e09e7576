package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Timings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SiteOutputsTest {

    private static final long WAIT_SECONDS = 20;

    @Test
    void phasesAreWrittenInOrderAndTheOutputsOfAPhaseSideBySide() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicBoolean metTheOther = new AtomicBoolean(true);
        SiteOutput first = context -> {
            events.add("first started");
            events.add("first done");
        };
        SiteOutput waiting = context -> {
            events.add("side started");
            bothStarted.countDown();
            // Written one after the other, neither would see the other start.
            try {
                metTheOther.compareAndSet(true, bothStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                metTheOther.set(false);
            }
        };
        Timings timings = Timings.start();

        SiteOutputs.write(null, List.of(List.of(first), List.of(waiting, waiting)), timings);

        assertTrue(metTheOther.get(), "the outputs of one phase were written one after the other");
        assertEquals(List.of("first started", "first done", "side started", "side started"), events);
        assertTrue(timings.summary().contains("side by side ("), timings.summary());
    }

    @Test
    void aFailureIsThrownOnlyOnceEveryOutputHasStoppedTheFirstInOrderWithTheOthersSuppressed() {
        RuntimeException early = new IllegalStateException("tags");
        RuntimeException late = new IllegalArgumentException("feed");
        AtomicBoolean slowFinished = new AtomicBoolean();
        SiteOutput failsAtOnce = context -> {
            throw early;
        };
        SiteOutput slow = slowOutput(slowFinished);
        SiteOutput failsLater = context -> {
            throw late;
        };

        AtomicBoolean laterPhaseWritten = new AtomicBoolean();

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SiteOutputs.write(null,
                List.of(List.of(context -> { }), List.of(failsAtOnce, slow, failsLater),
                        List.of(context -> laterPhaseWritten.set(true))), Timings.off()));

        assertSame(early, thrown);
        assertEquals(List.of(late), List.of(thrown.getSuppressed()));
        assertTrue(slowFinished.get(), "a failure was thrown while another output was still writing");
        assertFalse(laterPhaseWritten.get(), "a phase after a failed one was written");
    }

    @Test
    void anErrorIsKeptUntilThePhaseHasStoppedToo() {
        AtomicBoolean slowFinished = new AtomicBoolean();
        StackOverflowError deep = new StackOverflowError("a template that calls itself");
        SiteOutput slow = slowOutput(slowFinished);

        Error thrown = assertThrows(Error.class, () -> SiteOutputs.write(null, List.of(List.of(context -> {
            throw deep;
        }, slow)), Timings.off()));

        assertSame(deep, thrown);
        assertTrue(slowFinished.get(), "an error was thrown while another output was still writing");
    }

    @Test
    void laterPhasesAreNotWrittenWhenAPhaseOfOneOutputFails() {
        AtomicBoolean othersWritten = new AtomicBoolean();
        RuntimeException failed = new IllegalStateException("post pages");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SiteOutputs.write(null,
                List.of(List.of(context -> {
                    throw failed;
                }), List.of(context -> othersWritten.set(true))), Timings.off()));

        assertSame(failed, thrown);
        assertFalse(othersWritten.get());
    }

    /** An output that takes a while, then notes that it finished. */
    private static SiteOutput slowOutput(AtomicBoolean finished) {
        return context -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        };
    }
}
