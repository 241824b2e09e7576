package dev.rounds.publish;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A tweet handed to a {@link Channel}.
 *
 * @param id the teaser id
 * @param text the exact text to post
 * @param url the page it links to
 * @param weightedLength its length as X counts it, for the log
 * @param limit the length it had to fit, for the log
 * @param scheduledAt when it was due
 * @param dryRun when true the channel does everything except the side effect (the network call, the file write);
 *     carried with each tweet so that no channel can be configured "live" while the run is a dry run
 */
public record OutgoingTweet(String id, String text, String url, int weightedLength, int limit,
                            OffsetDateTime scheduledAt, boolean dryRun) {

    public OutgoingTweet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }

    static OutgoingTweet of(PlannedTweet planned, boolean dryRun) {
        return new OutgoingTweet(planned.id(), planned.text(), planned.url(), planned.weightedLength(),
                planned.limit(), planned.scheduledAt(), dryRun);
    }

    /** {@code "97/140 chars"}, the length as the log shows it. */
    public String lengthLabel() {
        return weightedLength + "/" + limit + " chars";
    }
}
