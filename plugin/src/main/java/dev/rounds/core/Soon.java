package dev.rounds.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
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
        return make(make, made -> {
        });
    }

    /**
     * Starts making the value, then, on the same thread and once {@link #get()} can return it, runs {@code then} with
     * it: work that makes the value's first real use faster (a sample put through a library's cold code paths).
     * What {@code then} throws is dropped: it served only to warm up, and the caller's own use will meet any real
     * problem.
     */
    public static <T> Soon<T> make(Supplier<T> make, Consumer<T> then) {
        Soon<T> soon = new Soon<>(make);
        Thread thread = new Thread(() -> {
            soon.task.run();
            T made;
            try {
                made = soon.task.get();
            } catch (ExecutionException | InterruptedException failed) {
                return; // get() reports it to the caller
            }
            runQuietly(() -> then.accept(made));
        }, "rounds-soon");
        thread.setDaemon(true);
        thread.start();
        return soon;
    }

    /**
     * Runs {@code work} on a daemon thread of its own, for its side effects only (a cold library set up while the
     * caller does other work); what it throws is dropped, as with {@link #make(Supplier, Consumer)}'s second step.
     */
    public static void warmUp(String name, Runnable work) {
        Thread thread = new Thread(() -> runQuietly(work), "rounds-warm-up-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void runQuietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException ignored) {
            // Only a warm-up: the real use runs the same code and reports what is wrong. (An Error, such as a class
            // whose static set-up failed, is left to the thread's handler, which prints its cause.)
        }
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
