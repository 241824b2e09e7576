package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParser;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
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

    /** Every character {@link TweetLength#isPlain(char)} admits. */
    private static List<Character> plainCharacters() {
        List<Character> plain = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (TweetLength.isPlain(c)) {
                plain.add(c);
            }
        }
        return plain;
    }

    /**
     * The quick count skips the parser's emoji search; that is right only while no emoji sequence in twitter-text's
     * own pattern is made of plain characters alone. Every plain text is tried by its prefixes: a prefix is extended
     * only while the pattern, matching from its start, reached the end of the input (so more input could still make
     * a match); none may match. Fails if a twitter-text upgrade brings such a sequence. (© and ® open emoji
     * sequences, so they are not plain; neither are the variation selectors and the keycap mark that make a digit an
     * emoji.)
     */
    @Test
    void noEmojiSequenceOfTwitterTextIsMadeOfPlainCharactersAlone() {
        Pattern emoji = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;
        List<Character> plain = plainCharacters();
        Deque<String> open = new ArrayDeque<>(List.of(""));
        int tried = 0;
        while (!open.isEmpty()) {
            String prefix = open.poll();
            for (char c : plain) {
                String text = prefix + c;
                Matcher matcher = emoji.matcher(text);
                assertFalse(matcher.lookingAt(), () -> "twitter-text sees an emoji in plain text: " + text.codePoints()
                        .mapToObj(Integer::toHexString).toList());
                if (matcher.hitEnd()) {
                    open.add(text);
                }
                tried++;
            }
            assertTrue(tried < 10_000_000, "the search should end after a few thousand texts");
        }
        assertTrue(tried >= plain.size(), "every plain character was tried");
        assertTrue(emoji.matcher("1\uFE0F\u20E3").lookingAt(), "a keycap, an ASCII digit made emoji, is seen");
        assertTrue(emoji.matcher("\u00A9\uFE0F").lookingAt(), "© made emoji is seen");
    }

    /**
     * NFC leaves plain text as it is: no plain character changes alone, and no two compose (composition only ever
     * joins a character to the one after it, and plain text has no combining marks to come between).
     */
    @Test
    void nfcLeavesPlainTextAsItIs() {
        List<Character> plain = plainCharacters();
        StringBuilder pair = new StringBuilder("xx");
        for (char first : plain) {
            assertTrue(Normalizer.isNormalized(String.valueOf(first), Normalizer.Form.NFC), "U+" + (int) first);
            for (char second : plain) {
                pair.setCharAt(0, first);
                pair.setCharAt(1, second);
                assertEquals(pair.toString(), Normalizer.normalize(pair, Normalizer.Form.NFC));
            }
        }
        assertFalse(TweetLength.isPlain('\u0301'), "combining marks are not plain");
    }

    @Test
    void plainTextIsCountedAsTheParserCountsIt() {
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
