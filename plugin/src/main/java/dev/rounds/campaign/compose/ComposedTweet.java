package dev.rounds.campaign.compose;

import java.util.List;
import java.util.Objects;

/**
 * A teaser tweet ready to publish.
 *
 * @param text the whole tweet: teaser text, the link, then any hashtags
 * @param weightedLength its length as Twitter counts it ({@link TweetLength})
 * @param shortened whether the key point had to be shortened to fit
 * @param hashtags the hashtags appended, each with its {@code #}, in the order they appear
 */
public record ComposedTweet(String text, int weightedLength, boolean shortened, List<String> hashtags) {
    public ComposedTweet {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a composed tweet needs text");
        }
        if (weightedLength < 1 || weightedLength > TweetLength.MAX_LIMIT) {
            throw new IllegalArgumentException("weighted length out of range: " + weightedLength);
        }
        hashtags = List.copyOf(hashtags);
    }
}
