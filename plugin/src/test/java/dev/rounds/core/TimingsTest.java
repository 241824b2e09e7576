package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void eachLapIsTheTimeSinceTheLastOneWithItsShareOfTheTotal() {
        AtomicLong clock = new AtomicLong(5_000_000_000L);
        Timings timings = Timings.start(clock::get);
        clock.addAndGet(1_500_000_000L);
        timings.lap("read");
        clock.addAndGet(4_500_000_000L);
        timings.lap("write");

        assertEquals("6.000 s: read 1.500 s (25%), write 4.500 s (75%)", timings.summary());
    }

    @Test
    void theReportNamesTheGoalAndOffSaysNothing() {
        List<String> said = new ArrayList<>();
        Log log = new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { said.add(message); }
            @Override public void warn(String message) { }
            @Override public void error(String message) { }
        };
        AtomicLong clock = new AtomicLong();
        Timings on = Timings.start(clock::get);
        clock.addAndGet(2_000_000L);
        on.lap("stamp");
        on.report(log, "rounds:build");
        Timings off = Timings.off();
        off.lap("stamp");
        off.report(log, "rounds:campaign");

        assertEquals(List.of("Timings of rounds:build: 0.002 s: stamp 0.002 s (100%)"), said);
        assertEquals("0.000 s", off.summary());
    }
}
