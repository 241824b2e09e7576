package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void limitsOutsideOneTo280AreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TweetLength.fits("Hi", 0));
        assertThrows(IllegalArgumentException.class, () -> TweetLength.fits("Hi", 281));
        assertTrue(TweetLength.fits("Hi", 280));
    }
}
