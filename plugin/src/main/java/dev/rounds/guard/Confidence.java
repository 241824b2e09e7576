package dev.rounds.guard;

/**
 * How sure the guard is that a finding identifies a patient. In a post body a {@link #HIGH} finding fails the build
 * and a {@link #MEDIUM} one is a warning; in a teaser tweet every finding blocks the tweet.
 */
public enum Confidence {
    /** The text has the shape of an identifier and sits next to a trigger word or a patient. */
    HIGH,
    /** The shape alone, or a patient context that a human should look at. */
    MEDIUM
}
