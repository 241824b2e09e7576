package dev.rounds.campaign.compose;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import dev.rounds.core.TwitterLinks;
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
    private static final int SCALE = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG.getScale();
    /** Every character below U+0100 weighs the same in v3 (the first range runs to U+10FF); checked at start-up. */
    private static final int LATIN1_WEIGHT = sameWeight(0, 0xFF);
    /** The dashes and quotes of {@link #isPlain(char)} share a range of v3 (U+2010 to U+201F). */
    private static final int PUNCTUATION_WEIGHT = sameWeight(0x2013, 0x201D);
    private static final int ELLIPSIS_WEIGHT = scaledWeight(0x2026);

    private static int sameWeight(int from, int to) {
        int weight = scaledWeight(from);
        for (int c = from; c <= to; c++) {
            if (scaledWeight(c) != weight) {
                throw new IllegalStateException("twitter-text's v3 weights changed at U+" + Integer.toHexString(c));
            }
        }
        return weight;
    }

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
     * Counts as twitter-text's parser does (v3). Text made only of {@linkplain #isPlain(char) plain characters}, as
     * nearly every teaser is, is counted without the parser's NFC normalisation and emoji search, which cannot change
     * it: NFC leaves such text as it is and no emoji sequence is made of these characters alone ({@code
     * TweetLengthTest} proves both of the JDK's normaliser and the library's own emoji pattern), and none of them is
     * refused. Each weighs what v3's ranges say; links are found by twitter-text's own extractor, the one the parser
     * uses ({@link TwitterLinks}), and weigh 23 each. The conformance cases and {@code TweetLengthProperties} hold this count to the parser's.
     */
    static Count count(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!isPlain(text.charAt(i))) {
                TwitterTextParseResults results = parse(text, TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG);
                return new Count(results.weightedLength, results.isValid);
            }
        }
        if (text.trim().isEmpty()) {
            return new Count(0, false);
        }
        int scaled = 0;
        int offset = 0;
        for (Extractor.Entity link : TwitterLinks.find(text)) {
            scaled += scaledWeights(text, offset, link.getStart()) + LINK_WEIGHT * SCALE;
            offset = link.getEnd();
        }
        int weighted = (scaled + scaledWeights(text, offset, text.length())) / SCALE;
        return new Count(weighted, weighted <= TWITTER_LIMIT);
    }

    private static int scaledWeights(String text, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            sum += c < 0x100 ? LATIN1_WEIGHT : c == '\u2026' ? ELLIPSIS_WEIGHT : PUNCTUATION_WEIGHT;
        }
        return sum;
    }

    /**
     * ASCII and Latin-1 (less the emoji © and ®), the typographic dashes and quotes (– — ‘ ’ “ ”) and the ellipsis:
     * what teasers are made of in the languages Rounds is written for. All of them are one UTF-16 unit each.
     */
    static boolean isPlain(char c) {
        if (c < 0x100) {
            return c != '\u00A9' && c != '\u00AE';
        }
        return c == '\u2013' || c == '\u2014' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D'
                || c == '\u2026';
    }

    /** A character's weight times the scale, by v3's ranges (the parser divides the sum by the scale at the end). */
    private static int scaledWeight(int codePoint) {
        TwitterTextConfiguration v3 = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        for (TwitterTextConfiguration.TwitterTextWeightedRange range : v3.getRanges()) {
            if (range.getRange().isInRange(codePoint)) {
                return range.getWeight();
            }
        }
        return v3.getDefaultWeight();
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
