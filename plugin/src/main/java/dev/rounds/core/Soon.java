package dev.rounds.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value made on a thread of its own, started at once and waited for where it is first needed: a cold JVM sets up a
 * library (loading its classes, parsing its files) while the caller does other work. Not on the common fork-join
 * pool, whose workers the caller's parallel streams need. What making it threw is thrown by {@link #get()}.
 *
 * @param <T> the value
 */
public final class Soon<T> {

    private final FutureTask<T> task;

    private Soon(Supplier<T> make) {
        this.task = new FutureTask<>(make::get);
    }

    /** Starts making the value. */
    public static <T> Soon<T> make(Supplier<T> make) {
        Soon<T> soon = new Soon<>(make);
        Thread thread = new Thread(soon.task, "rounds-soon");
        thread.setDaemon(true);
        thread.start();
        return soon;
    }

    /** The value, waiting for it if it is still being made. */
    public T get() {
        try {
            return task.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RoundsException("Interrupted while setting up", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RoundsException(String.valueOf(cause), cause);
        }
    }
}
