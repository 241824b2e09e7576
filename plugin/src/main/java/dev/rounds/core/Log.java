package dev.rounds.core;

/** The engine's own logging interface; the Mojos adapt Maven's log to it, tests collect it. */
public interface Log {

    void debug(String message);

    void info(String message);

    void warn(String message);

    void error(String message);

    /** A log that prints nothing (for tests and embedded use). */
    static Log silent() {
        return new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { }
            @Override public void warn(String message) { }
            @Override public void error(String message) { }
        };
    }
}
