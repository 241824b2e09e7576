package dev.rounds.campaign.compose;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import java.util.Objects;

/**
 * A tweet's length exactly as Twitter counts it, by Twitter's own twitter-text library (configuration v3): every URL
 * counts 23, CJK characters and emoji sequences count 2, most other characters 1.
 *
 * <p>Twitter itself allows 280; Rounds keeps teasers shorter by default (140) but counts with the same weights, so a
 * "140 limit" means a weighted length of at most 140, not 140 characters.
 */
public final class TweetLength {

    /** Rounds' default limit for a teaser. */
    public static final int DEFAULT_LIMIT = 140;

    /** Twitter's own limit, the highest a Rounds limit may be. */
    public static final int MAX_LIMIT = 280;

    private TweetLength() {
    }

    /** Twitter's weighted length of {@code text} (configuration v3). */
    public static int weightedLength(String text) {
        return weightedLength(text, TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG);
    }

    /** The weighted length under another twitter-text configuration; the conformance cases need v2 as well. */
    static int weightedLength(String text, TwitterTextConfiguration configuration) {
        return parse(text, configuration).weightedLength;
    }

    /**
     * Whether Twitter would accept {@code text} and its weighted length is within {@code maxLength}. Empty text and
     * text with characters Twitter rejects (U+FFFE, U+FEFF, U+FFFF) never fit.
     *
     * @param maxLength our limit, 1 to {@value #MAX_LIMIT}
     */
    public static boolean fits(String text, int maxLength) {
        requireLimit(maxLength);
        TwitterTextParseResults results = parse(text, TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG);
        return results.isValid && results.weightedLength <= maxLength;
    }

    static int requireLimit(int maxLength) {
        if (maxLength < 1 || maxLength > MAX_LIMIT) {
            throw new IllegalArgumentException("a tweet limit must be 1 to " + MAX_LIMIT + ": " + maxLength);
        }
        return maxLength;
    }

    private static TwitterTextParseResults parse(String text, TwitterTextConfiguration configuration) {
        Objects.requireNonNull(text, "text");
        return TwitterTextParser.parseTweet(text, configuration);
    }
}
