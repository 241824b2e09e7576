package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TweetLengthTest {

    @Test
    void everyLinkCounts23WhateverItsLength() {
        assertEquals(23, TweetLength.weightedLength("https://t.co"));
        assertEquals(23, TweetLength.weightedLength("https://example.org/posts/2024/03/26/a-very-long-slug-for-a-post"));
        assertEquals(4 + 23, TweetLength.weightedLength("See https://example.org/p"));
    }

    @Test
    void chineseAndEmojiCountTwo() {
        assertEquals(4, TweetLength.weightedLength("肺炎"));
        assertEquals(2, TweetLength.weightedLength("👩‍⚕️"), "an emoji sequence counts once");
        assertEquals(1, TweetLength.weightedLength("—"), "general punctuation counts one");
        assertEquals(2, TweetLength.weightedLength("…"), "the ellipsis is outside the one-weight ranges");
    }

    @Test
    void aLimitOf140MeansAWeightedLengthOfAtMost140() {
        String latin140 = "x".repeat(140);
        assertTrue(TweetLength.fits(latin140, 140));
        assertFalse(TweetLength.fits(latin140 + "x", 140));
        assertFalse(TweetLength.fits("肺".repeat(71), 140), "71 CJK characters weigh 142");
        assertTrue(TweetLength.fits("肺".repeat(140), 280));
    }

    @Test
    void textTwitterRejectsNeverFits() {
        assertFalse(TweetLength.fits("", 140));
        assertFalse(TweetLength.fits("Hello \uFFFE", 140));
    }

    /**
     * The ASCII count skips the parser's emoji search; that is right only while no emoji sequence in twitter-text's
     * own pattern is made of ASCII characters alone. Every ASCII text is tried by its prefixes: a prefix is extended
     * only while the pattern, matching from its start, reached the end of the input (so more input could still make
     * a match); none may match. Fails if a twitter-text upgrade brings such a sequence.
     */
    @Test
    void noEmojiSequenceOfTwitterTextIsMadeOfAsciiAlone() {
        Pattern emoji = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;
        Deque<String> open = new ArrayDeque<>(List.of(""));
        int tried = 0;
        while (!open.isEmpty()) {
            String prefix = open.poll();
            for (char c = 0; c < 0x80; c++) {
                String text = prefix + c;
                Matcher matcher = emoji.matcher(text);
                assertFalse(matcher.lookingAt(), () -> "twitter-text sees an emoji in ASCII: " + text.codePoints()
                        .mapToObj(Integer::toHexString).toList());
                if (matcher.hitEnd()) {
                    open.add(text);
                }
                tried++;
            }
            assertTrue(tried < 10_000_000, "the search should end after a few thousand texts");
        }
        assertTrue(tried >= 128, "every ASCII character was tried");
    }

    @Test
    void asciiTextIsCountedAsTheParserCountsIt() {
        for (String text : List.of("See https://example.org/p", "www.nice.org.uk/guidance/ng51 and doi.org",
                "e.g. 5 mg/kg", "   ", "", "a\tb\n", "#1 keycap? 1 and # alone")) {
            var parsed = TwitterTextParser.parseTweet(text);
            assertEquals(new TweetLength.Count(parsed.weightedLength, parsed.isValid), TweetLength.count(text), text);
        }
    }

    @Test
    void limitsOutsideOneTo280AreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TweetLength.fits("Hi", 0));
        assertThrows(IllegalArgumentException.class, () -> TweetLength.fits("Hi", 281));
        assertTrue(TweetLength.fits("Hi", 280));
    }
}
