package dev.rounds.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A detector tries its pattern only where a match can begin; it must find exactly what a plain {@code find()} finds,
 * for every rule and any text.
 */
class PatternDetectorTest {

    private static final String HOST = "rounds.example.org";

    @Test
    void everyRuleSearchesOnlyWhereAMatchCanBegin() {
        List<String> plain = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (rule.detector() instanceof PatternDetector detector) {
                assertTrue(detector.skips(), rule + " can match empty, so its search tries every position");
                // The one construct the start probe cannot see through: it would need its own characters before.
                assertFalse(detector.pattern().pattern().contains("(?<="), rule + " has a positive lookbehind");
                // \G means "where the last match ended", which a search that starts at chosen positions changes.
                assertFalse(detector.pattern().pattern().contains("\\G"), rule + " uses \\G");
            } else {
                plain.add(rule.name());
            }
        }
        assertEquals(List.of("EXTERNAL_LINK"), plain);
    }

    @Test
    void theStartsAreLearntFromThePattern() {
        boolean[] words = PatternDetector.asciiStarts(Pattern.compile("(?i:\\b(?:fax|phone))\\s*\\d"));
        assertEquals("FPfp", starts(words));
        boolean[] digits = PatternDetector.asciiStarts(Pattern.compile("(?<![\\w.])\\d{3}-\\d{4}"));
        assertEquals("0123456789", starts(digits));
        // A word boundary before a non-word character holds after a letter: "x#1" matches at '#'.
        assertEquals("#", starts(PatternDetector.asciiStarts(Pattern.compile("\\b#\\d"))));
        assertNull(PatternDetector.asciiStarts(Pattern.compile("x*")), "a pattern that matches empty skips nothing");
        assertNull(PatternDetector.asciiStarts(Pattern.compile("(?=\\d)")));
    }

    @Test
    void theStartsAfterEachCharacterAreLearntToo() {
        Pattern words = Pattern.compile("(?i:\\b(?:fax|phone))\\s*\\d");
        boolean[] starts = PatternDetector.asciiStarts(words);
        assertEquals("", starts(PatternDetector.startsAfter(words, starts, 'a')), "no word begins inside a word");
        assertEquals("", starts(PatternDetector.startsAfter(words, starts, '7')));
        assertEquals("FPfp", starts(PatternDetector.startsAfter(words, starts, ' ')));
        assertEquals("FPfp", starts(PatternDetector.startsAfter(words, starts, '(')));
        assertEquals("FPfp", starts(PatternDetector.startsAfter(words, starts, PatternDetector.AT_START)));
        Pattern digits = Pattern.compile("(?<![\\w.])\\d{3}-\\d{4}");
        boolean[] digitStarts = PatternDetector.asciiStarts(digits);
        assertEquals("", starts(PatternDetector.startsAfter(digits, digitStarts, '.')));
        assertEquals("0123456789", starts(PatternDetector.startsAfter(digits, digitStarts, '-')));
    }

    @Test
    void aSkippingSearchFindsWhatFindFinds() {
        PatternDetector detector = PatternDetector.of("(?<![\\w.])(\\d{3})-\\d{4}(?!\\d)", 1,
                match -> java.util.Optional.of(Confidence.HIGH));
        String text = "Call 555-0143 or x555-0199, not 1555-01234; café 555-0100. 555-0101";
        List<Hit> found = detector.find(text, HOST);
        assertEquals(detector.findPlainly(text, HOST), found);
        assertEquals(3, found.size(), found.toString());
    }

    @Test
    void everyRuleFindsWhatFindFindsOnTheCorpus() throws IOException {
        int hits = 0;
        for (String text : RulePrefilterTest.corpus()) {
            hits += agree(text);
        }
        assertTrue(hits > 100, "the corpus exercises the rules: " + hits + " hits");
    }

    @Property(tries = 2000)
    void everyRuleFindsWhatFindFindsOnAnyMangledText(@ForAll("mangled") String text) {
        agree(text);
    }

    @Property(tries = 500)
    void everyRuleFindsWhatFindFindsOnArbitraryText(@ForAll("noise") String text) {
        agree(text);
    }

    /**
     * Phrases of the words the name rules look for, joined by spaces, line breaks and the punctuation that ends a
     * run of plain words: a search that looks only in runs with an anchor word must still find what find() finds.
     */
    @Property(tries = 1000)
    void everyRuleFindsWhatFindFindsAmongNameWords(@ForAll("nameWords") String text) {
        agree(text);
        Statistics.label("a named person").collect(!Rule.NAMED_PERSON.findUnfiltered(text, HOST).isEmpty())
                .coverage(check -> check.check(true).percentage(share -> share > 10));
    }

    @Test
    void aSearchWithinRunsOfWordsFindsMatchesThatTouchTheirEdges() {
        PatternDetector detector = PatternDetector.of("(?i:\\b(?:man|woman)\\s+named\\s+)[A-Z][a-z]+", 0,
                Judge.always(Confidence.HIGH)).within(Vocabulary::wordOrSpace, "named");
        String text = "A man named Carlos.(woman named Rosa) a\u2019woman NAMED Jo;man named X";
        List<Hit> found = detector.find(text, HOST);
        assertEquals(detector.findPlainly(text, HOST), found);
        assertEquals(3, found.size(), found.toString());
    }

    @Test
    void anAnchorIsALowerCaseWordAndThePatternHasNoAtomicGroups() {
        PatternDetector detector = PatternDetector.of("named", 0, Judge.always(Confidence.HIGH));
        assertThrows(IllegalArgumentException.class, () -> detector.within(Vocabulary::wordOrSpace, "Named"));
        PatternDetector atomic = PatternDetector.of("(?>a\\W?)(?<=a)", 0, Judge.always(Confidence.HIGH));
        assertThrows(IllegalArgumentException.class, () -> atomic.within(Vocabulary::wordOrSpace, "a"));
        PatternDetector possessive = PatternDetector.of("a\\W?+(?<=a)", 0, Judge.always(Confidence.HIGH));
        assertThrows(IllegalArgumentException.class, () -> possessive.within(Vocabulary::wordOrSpace, "a"));
    }

    private static int agree(String text) {
        int hits = 0;
        for (Rule rule : Rule.values()) {
            if (rule.detector() instanceof PatternDetector detector) {
                List<Hit> plain = detector.findPlainly(text, HOST);
                assertEquals(plain, detector.find(text, HOST), rule + " on: " + text);
                hits += plain.size();
            }
        }
        return hits;
    }

    @Provide
    Arbitrary<String> mangled() throws IOException {
        List<String> texts = RulePrefilterTest.corpus();
        Arbitrary<String> joined = Arbitraries.of(texts).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join(" ", parts));
        return joined.flatMap(text -> Arbitraries.integers().between(0, 5)
                .flatMap(kind -> Arbitraries.integers().between(0, Math.max(0, text.length() - 1))
                        .map(at -> RulePrefilterTest.mangle(text, kind, at))));
    }

    @Provide
    Arbitrary<String> noise() {
        // Characters the rules care about (digits, separators, trigger letters, case) and some they never match.
        return Arbitraries.strings().withChars("0123456789 -./:#@()+,'’\nMmFfSsNnAaPpOoIiDdEeRrTtYyVvZzé\u00A0")
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> nameWords() {
        Arbitrary<String> name = Arbitraries.of("Carlos", "O'Brien", "O\u2019Brien", "Smith-Jones", "Jos\u00E9", "rosa",
                "R.K.", "X");
        // Between the words of a phrase: mostly what keeps a run of plain words going, sometimes what ends one.
        Arbitrary<String> space = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(" ")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("  ", "\n", "\t", "-", "'")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(", ", ". ", "\u00A0", "(", "\u2014")));
        Arbitrary<String> named = Combinators.combine(Arbitraries.of("a", "my", "the", "A"),
                Arbitraries.of("man", "woman", "45-year-old", "patient", "guy", "Teacher", "45 year old", "retired"),
                Arbitraries.of("named", "called", "NAMED", "Called", "name"), name, space, space, space)
                .as((article, noun, verb, who, s1, s2, s3) -> article + s1 + noun + s2 + verb + s3 + who);
        Arbitrary<String> nameIs = Combinators.combine(
                Arbitraries.of("his", "Her", "their", "my", "the patient's", "the patient\u2019s", "the"),
                Arbitraries.of("name", "NAME", "names"), Arbitraries.of("is", "was", "WAS"), name, space, space, space)
                .as((whose, word, verb, who, s1, s2, s3) -> whose + s1 + word + s2 + verb + s3 + who);
        Arbitrary<String> word = Arbitraries.of("a", "called", "name", "is", "Carlos", "10", "_", "Mr.", "client");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", "\n", ", ", ". ", "; ", "(", ")", "\"", "\u00A0", "-", "'",
                "");
        return Combinators.combine(Arbitraries.oneOf(named, nameIs, word).list().ofMinSize(1).ofMaxSize(6),
                        gap.list().ofSize(6))
                .as((phrases, gaps) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < phrases.size(); i++) {
                        text.append(phrases.get(i)).append(gaps.get(i));
                    }
                    return text.toString();
                });
    }

    private static String starts(boolean[] starts) {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < starts.length; c++) {
            if (starts[c]) {
                chars.append(c);
            }
        }
        return chars.toString();
    }
}
