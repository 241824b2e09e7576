package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link TweetLength}'s quick lower bound against twitter-text's parser, over texts built to be hard for it. */
class TweetLengthProperties {

    /**
     * Pieces where a bound could go wrong: links of every kind and length (with and without a scheme, bare domains,
     * a dot at a sentence's end), emoji sequences (keycaps with an ASCII base, joined and flag sequences), letters with
     * combining marks that NFC merges, wide characters, other spaces, dots that are not ASCII, and characters Twitter
     * refuses.
     */
    private static final List<String> PIECES = List.of("sepsis", "a", "eGFR", "COVID-19", "5 mg/kg", "well-being",
            " ", " ", " ", "\n", "\u00A0", "\u3000", ".", "...", "e.g.", "Dr.", "www.nice.org.uk/guidance/ng51",
            "https://doi.org/10.1056/NEJMoa2034577", "http://bit.ly/dJpywL", "example.com", "example.com.", "t.co",
            "https://example.org/2024/03/26/community-acquired-pneumonia-outpatients#when-to-admit", "a.co",
            "http://localhost/x", "1\uFE0F\u20E3", "#\u20E3", "*\uFE0F\u20E3", "\uD83D\uDC69\u200D\u2695\uFE0F",
            "\uD83C\uDDEC\uD83C\uDDE7", "\u2764\uFE0F", "\uD83D\uDE00", "e\u0301", "A\u030A", "A\u0323", "\u00E9",
            "肺炎", "…", "—", "“", "”", "foo。com", "bar．com", "\uFFFE", "\uFEFF", "#MedTwitter", "@nhs", "$TSLA");

    @Property(tries = 3000)
    void theBoundIsNeverAboveTwittersCount(@ForAll("texts") String text) {
        int weighted = TwitterTextParser.parseTweet(text).weightedLength;
        assertTrue(TweetLength.lowerBound(text) <= weighted,
                () -> "bound " + TweetLength.lowerBound(text) + " > " + weighted + " for: " + text);
    }

    @Property(tries = 3000)
    void fitsAgreesWithTheParser(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 280) int limit) {
        TwitterTextParseResults parsed = TwitterTextParser.parseTweet(text);
        assertEquals(parsed.isValid && parsed.weightedLength <= limit, TweetLength.fits(text, limit), text);
    }

    @Property(tries = 3000)
    void countsAsTheParserDoes(@ForAll("texts") String text) {
        TwitterTextParseResults parsed = TwitterTextParser.parseTweet(text);
        assertEquals(new TweetLength.Count(parsed.weightedLength, parsed.isValid), TweetLength.count(text), text);
    }

    /** The quick count is the parser's for any plain text: links with and without schemes, dots, controls, accents. */
    @Property(tries = 3000)
    void countsPlainTextAsTheParserDoes(@ForAll("plainTexts") String text) {
        TwitterTextParseResults parsed = TwitterTextParser.parseTweet(text);
        assertEquals(new TweetLength.Count(parsed.weightedLength, parsed.isValid), TweetLength.count(text), text);
    }

    @Property(tries = 1000)
    void aMemoAnswersAsTheStaticMethodsDo(@ForAll("textLists") List<String> texts, @ForAll @IntRange(min = 1, max = 280) int limit) {
        TweetLength.Memo memo = new TweetLength.Memo();
        for (String text : texts) {
            for (int round = 0; round < 2; round++) {
                assertEquals(TweetLength.fits(text, limit), memo.fits(text, limit), text);
                assertEquals(TweetLength.weightedLength(text), memo.weightedLength(text), text);
            }
        }
    }

    /** Where it matters (plain words, then the post's link) the bound is the count itself, so it turns away all. */
    @Property(tries = 1000)
    void theBoundIsExactForPlainAsciiWordsAndOneLink(@ForAll("plainWords") String words, @ForAll("links") String link) {
        String tweet = words + " " + link;
        assertEquals(TwitterTextParser.parseTweet(tweet).weightedLength, TweetLength.lowerBound(tweet), tweet);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<List<String>> textLists() {
        return texts().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> plainTexts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES).filter(p -> p.chars().allMatch(c -> TweetLength.isPlain((char) c))),
                Arbitraries.strings().withCharRange((char) 0, (char) 0xFF).withChars("–—‘’“”…").ofMaxLength(12),
                Arbitraries.strings().withChars("abcxyz.:/-_#@$?=&%0123").ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("http://", "https://", "www.", ".com", ".co.uk", ".org/", ".io", "t.co/", "@", "$", "#"));
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> plainWords() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789,;:!?'\"()-/&%#@")
                .ofMinLength(1).ofMaxLength(14);
        return word.list().ofMinSize(1).ofMaxSize(30).map(list -> String.join(" ", list));
    }

    @Provide
    Arbitrary<String> links() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("-/").ofMinLength(1).ofMaxLength(60)
                .map(path -> "https://blog.example.org/2024/" + path);
    }
}
