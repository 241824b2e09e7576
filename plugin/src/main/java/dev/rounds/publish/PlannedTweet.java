package dev.rounds.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One tweet of the campaign plan as the publisher needs it; the plan's other fields (source, findings) are ignored.
 *
 * @param id the teaser id, stable across runs: the ledger's key
 * @param post the post it teases, relative to the blog
 * @param text the exact text to post, link included
 * @param url the page the tweet links to, checked before sending
 * @param scheduledAt when it is due
 * @param weightedLength its length as X counts it
 * @param limit the length it had to fit
 * @param status whether it may be sent at all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlannedTweet(String id, String post, String text, String url, OffsetDateTime scheduledAt,
                           int weightedLength, int limit, TweetStatus status) {

    public PlannedTweet {
        requireText(id, "id");
        requireText(text, "text");
        requireText(url, "url");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(status, "status");
        post = post == null ? "" : post;
    }

    public Instant dueAt() {
        return scheduledAt.toInstant();
    }

    public boolean isReady() {
        return status == TweetStatus.READY;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
