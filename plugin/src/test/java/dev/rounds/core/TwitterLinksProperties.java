package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.Regex;
import com.twitter.twittertext.TldLists;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link TwitterLinks} finds what twitter-text's extractor finds, over texts built to be hard for its shortcut. */
class TwitterLinksProperties {

    /**
     * Links of every kind (schemes, bare domains, ccTLD paths, t.co, punycode, internationalised domains and TLDs, a
     * port, a query, parentheses), near-links (a dot before a digit or a space, e.g., initials, decimals), the
     * characters a link may not follow (letters, digits, @, $, #, -, _, /, .), and every kind of space.
     */
    private static final List<String> PIECES = List.of("sepsis", "a", "Z", "9", "2.5", "e.g.", "i.e.", "U.S.", "Dr.",
            " ", " ", " ", "\n", "\t", "\u00A0", "\u3000", "\u2028", ".", "..", ". ", "-", "_", "/", "@", "$", "#", "＃",
            ":", "(", ")", "?", "=", "&", "'", "\"", "…", "—", "https://", "http://", "ftp://", "www.", "example.com",
            "EXAMPLE.COM", "example.com.", "foo.co.uk", "t.co/abc123", "t.co", "a.co/x", "nice.org.uk/guidance/ng51",
            "https://doi.org/10.1056/NEJMoa2034577", "blog.example.org/2024/01/x#sec", "localhost", ":8080",
            "?q=1&r=2", "(note)", "xn--80ak6aa92e.com", "пример.рф", "例え.テスト", "münchen.de", ".みんな", ".рф",
            ".com", ".COM", ".org/", ".io", ".Xyz", "foo。com", "bar．com", "\u200E", "\uFEFF", "é", "肺炎", "\uD83D\uDE00");

    @Property(tries = 5000)
    void findsWhatTheExtractorFinds(@ForAll("texts") String text) {
        List<Extractor.Entity> expected = new Extractor().extractURLsWithIndices(text);
        assertEquals(expected, TwitterLinks.find(text), text);
        assertEquals(new Extractor().extractURLs(text), TwitterLinks.urls(text), text);
        if (!expected.isEmpty()) {
            assertTrue(TwitterLinks.mayHold(text), text);
        }
    }

    @Property(tries = 2000)
    void findsWhatTheExtractorFindsInAnyCharacters(@ForAll("anyCharacters") String text) {
        assertEquals(new Extractor().extractURLsWithIndices(text), TwitterLinks.find(text), text);
    }

    /** The shortcut's premise: every top-level domain the URL pattern knows starts as {@code domainDot} expects. */
    @Example
    void everyTopLevelDomainStartsWithALetterOrBeyondAscii() {
        List<String> tlds = Stream.concat(TldLists.GTLDS.stream(), TldLists.CTLDS.stream()).toList();
        assertTrue(tlds.size() > 1000, "twitter-text's lists: " + tlds.size());
        for (String tld : tlds) {
            assertEquals(0, TwitterLinks.domainDot("." + tld, 0), tld);
        }
        assertTrue(Regex.VALID_URL.pattern().contains("xn--"), "punycode TLDs start with x");
    }

    @Example
    void findsLinksAfterPlainWords() {
        String tweet = "Sepsis is common, e.g. in wards. Read more https://blog.example.org/2024/01/x#sec";
        List<Extractor.Entity> links = TwitterLinks.find(tweet);
        assertEquals(1, links.size());
        assertEquals("https://blog.example.org/2024/01/x#sec", links.get(0).getValue());
        assertEquals(tweet.indexOf("https"), links.get(0).getStart());
        assertEquals(tweet.length(), links.get(0).getEnd());
        assertFalse(TwitterLinks.mayHold("Give 2.5 mg. Then wait an hour."));
        assertTrue(TwitterLinks.mayHold("Wait, e.g. an hour."), "a dot before a letter might start a domain");
        assertTrue(TwitterLinks.find("Wait, e.g. an hour.").isEmpty());
    }

    /**
     * A run searched with or without the space before it: only before an ASCII letter or digit are the two alike
     * (before 'é' the space lets the link take the 'é'; without it, the 'é' is what the link follows).
     */
    @Example
    void findsWhatTheExtractorFindsWhateverBeginsARun() {
        for (String start : List.of("", "é", "É", "_", "-", ".", "/", "@", "#", "$", "(", "\"", "肺", "\u00A0", "a",
                "Z", "7")) {
            for (String text : List.of(start + "example.com", " " + start + "example.com",
                    "See " + start + "example.com now", "x  " + start + "https://example.org/a?b=c#d .",
                    start + "example.com " + start + "nice.org.uk")) {
                assertEquals(new Extractor().extractURLsWithIndices(text), TwitterLinks.find(text), text);
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> anyCharacters() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.strings().withChars("abcxyz.:/-_#@$?=&%0123 ").ofMinLength(1).ofMaxLength(20));
        return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }
}
