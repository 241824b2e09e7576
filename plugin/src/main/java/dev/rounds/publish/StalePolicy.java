package dev.rounds.publish;

/** What to do with a tweet that is overdue by more than {@link PublishOptions#staleAfter()} (CI was down, say). */
public enum StalePolicy {
    /** Drop it: record {@code skipped-stale} so it is never retried, and report it. */
    SKIP,
    /**
     * Send it late, in the next free slot: it queues with the other due tweets (oldest first) and goes out this run
     * if {@code maxPerRun} leaves room, otherwise in a later run. Nothing is recorded for it until it is sent.
     */
    RESCHEDULE
}
