package dev.rounds.publish;

import java.util.Objects;

/**
 * One tweet in a {@link PublishReport}.
 *
 * @param id the teaser id
 * @param text its text ("" when the plan no longer has it)
 * @param weightedLength its length as X counts it
 * @param detail what happened: the remote id, the HTTP status, what the author should do
 */
public record TweetOutcome(String id, String text, int weightedLength, String detail) {

    public TweetOutcome {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        detail = detail == null ? "" : detail;
    }

    static TweetOutcome of(PlannedTweet tweet, String detail) {
        return new TweetOutcome(tweet.id(), tweet.text(), tweet.weightedLength(), detail);
    }

    String describe() {
        String shown = text.isEmpty() ? "" : " (" + weightedLength + " chars) \"" + text + "\"";
        return id + shown + (detail.isEmpty() ? "" : ": " + detail);
    }
}
