package dev.rounds.core;

/** A fault of Rounds or its environment (an unreadable theme, a full disk), not of the author's posts. */
public class RoundsException extends RuntimeException {

    public RoundsException(String message) {
        super(message);
    }

    public RoundsException(String message, Throwable cause) {
        super(message, cause);
    }
}
