package dev.rounds.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Where a run's wall-clock time went, phase by phase, said on one line at the end when asked for
 * ({@code -Drounds.timings}). Phases are laps: each {@link #lap} closes the phase that began at the last one. Used from
 * the thread that runs the stage; the work inside a phase may be parallel.
 */
public final class Timings {

    private static final Timings OFF = new Timings(false, () -> 0L);

    private final boolean on;
    private final LongSupplier clock;
    private final List<String> names = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private long started;
    private long last;

    private Timings(boolean on, LongSupplier clock) {
        this.on = on;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.last = started;
    }

    /** Timings that record nothing and say nothing. */
    public static Timings off() {
        return OFF;
    }

    /** Timings that start now. */
    public static Timings start() {
        return new Timings(true, System::nanoTime);
    }

    /** Timings on the given nanosecond clock (for tests). */
    static Timings start(LongSupplier clock) {
        return new Timings(true, clock);
    }

    /** Closes the phase that began at the last lap (or at the start) under {@code phase}. */
    public void lap(String phase) {
        if (!on) {
            return;
        }
        long now = clock.getAsLong();
        names.add(phase);
        nanos.add(now - last);
        last = now;
    }

    /** One line: the total, then each phase with its time and share, in the order they ran. */
    public String summary() {
        long total = last - started;
        StringBuilder line = new StringBuilder(seconds(total));
        String separator = ": ";
        for (int i = 0; i < names.size(); i++) {
            line.append(separator).append(names.get(i)).append(' ').append(seconds(nanos.get(i)));
            if (total > 0) {
                line.append(String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * nanos.get(i) / total)));
            }
            separator = ", ";
        }
        return line.toString();
    }

    /** Says the summary on the log, as the timings of {@code what}; nothing when off. */
    public void report(Log log, String what) {
        if (on) {
            log.info("Timings of " + what + ": " + summary());
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
