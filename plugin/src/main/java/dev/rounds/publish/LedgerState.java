package dev.rounds.publish;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a tweet stands in the {@link Ledger}. A tweet with no entry has not been tried yet. */
public enum LedgerState {
    /** Posted; the entry holds the remote id. */
    @JsonProperty("sent") SENT,
    /** Handed to the channel and not confirmed: it may or may not be online. Never resent without the author's word. */
    @JsonProperty("in-flight") IN_FLIGHT,
    /** The channel said it already has this text. */
    @JsonProperty("duplicate") DUPLICATE,
    /** Overdue by more than the stale limit and dropped, so that it is not retried. */
    @JsonProperty("skipped-stale") SKIPPED_STALE
}
