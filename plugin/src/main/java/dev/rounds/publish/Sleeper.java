package dev.rounds.publish;

import java.time.Duration;

/** Waits between retries; tests pass one that only records the pauses. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration pause) throws InterruptedException;

    static Sleeper real() {
        return pause -> Thread.sleep(pause.toMillis());
    }
}
