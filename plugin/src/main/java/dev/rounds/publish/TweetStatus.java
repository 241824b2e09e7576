package dev.rounds.publish;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the campaign stage decided about a tweet. An unknown value fails reading the plan rather than guessing. */
public enum TweetStatus {
    @JsonProperty("ready") READY,
    /** The guard or the composer found a problem: this tweet is never sent, whatever else happens. */
    @JsonProperty("blocked") BLOCKED
}
