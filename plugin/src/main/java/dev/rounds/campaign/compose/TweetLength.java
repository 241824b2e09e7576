package dev.rounds.campaign.compose;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import java.util.HashMap;
import java.util.Map;
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

    /** What a link weighs, whatever its length (v3's transformed URL length). */
    private static final int LINK_WEIGHT = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG.getTransformedURLLength();
    /** The longest weighted length Twitter accepts under v3 (280). */
    private static final int TWITTER_LIMIT = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG.getMaxWeightedTweetLength();
    /** The parser's own link finder: a default {@link Extractor}, which also finds links without a scheme. */
    private static final Extractor LINKS = new Extractor();

    private TweetLength() {
    }

    /** Twitter's weighted length of {@code text} (configuration v3). */
    public static int weightedLength(String text) {
        return count(text).weightedLength();
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
        return lowerBound(text) <= maxLength && count(text).fits(maxLength);
    }

    /** A text's weighted length and whether Twitter accepts it at all (not empty, no refused characters, within 280). */
    record Count(int weightedLength, boolean valid) {

        boolean fits(int maxLength) {
            return valid && weightedLength <= maxLength;
        }
    }

    /**
     * Counts for one tweet being composed: the same text is counted once, however often shortening and hashtags ask
     * about it (the finished tweet is nearly always the text last asked about). Not shared between threads.
     */
    static final class Memo {

        private final Map<String, Count> counts = new HashMap<>();

        boolean fits(String text, int maxLength) {
            return lowerBound(text) <= maxLength && counts.computeIfAbsent(text, TweetLength::count).fits(maxLength);
        }

        int weightedLength(String text) {
            return counts.computeIfAbsent(text, TweetLength::count).weightedLength();
        }
    }

    /**
     * Counts as twitter-text's parser does (v3). Text that is all ASCII, as nearly every teaser is, is counted without
     * the parser's NFC normalisation and emoji search, which cannot change it: NFC leaves ASCII alone, no emoji
     * sequence is made of ASCII characters alone ({@code TweetLengthTest} proves it of the library's own emoji
     * pattern), every ASCII character weighs 1 and none is refused. Its links are found by twitter-text's own
     * extractor, the one the parser uses, and weigh 23 each. The conformance cases and {@code TweetLengthProperties}
     * hold this count to the parser's.
     */
    static Count count(String text) {
        Objects.requireNonNull(text, "text");
        if (!isAscii(text)) {
            TwitterTextParseResults results = parse(text, TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG);
            return new Count(results.weightedLength, results.isValid);
        }
        if (text.trim().isEmpty()) {
            return new Count(0, false);
        }
        int weighted = text.length();
        for (Extractor.Entity link : LINKS.extractURLsWithIndices(text)) {
            weighted += LINK_WEIGHT - (link.getEnd() - link.getStart());
        }
        return new Count(weighted, weighted <= TWITTER_LIMIT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A weighted length the text can never be under (configuration v3), found in one pass without twitter-text's
     * regular expressions, so that a text clearly too long is turned away before it is parsed. Shortening tries many
     * cuts of a key point from the longest down, and most are too long: parsing each was a quarter of a full build.
     *
     * <p>Why it is a lower bound: every character weighs at least 1 (v3's smallest weight is its scale), an emoji
     * sequence weighs 2 and holds at most one ASCII character, and NFC normalisation never merges or drops ASCII
     * characters; so each ASCII character counts at least 1, and others are counted 0 here. The one thing that can
     * weigh less than its characters is a link (23, however long): every link twitter-text finds has a dot in its
     * domain and no space, so a run of characters between spaces without a dot holds none, and a run with a dot
     * counts at least {@code min(its ASCII characters, 23)}. A text that is all blanks (as {@link String#trim()} sees
     * them) the parser counts as empty, 0. {@code TweetLengthTest} checks the bound against the
     * parser over random texts with links, emoji, accents and wide characters.
     */
    static int lowerBound(String text) {
        if (text.trim().isEmpty()) {
            return 0;
        }
        int bound = 0;
        int runAscii = 0;
        boolean runHasDot = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                bound += (runHasDot ? Math.min(runAscii, LINK_WEIGHT) : runAscii) + 1;
                runAscii = 0;
                runHasDot = false;
            } else if (c < 0x80) {
                runAscii++;
                runHasDot |= c == '.';
            }
        }
        return bound + (runHasDot ? Math.min(runAscii, LINK_WEIGHT) : runAscii);
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
