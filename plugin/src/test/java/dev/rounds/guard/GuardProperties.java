package dev.rounds.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GuardProperties {

    private final ConfidentialityGuard guard = new ConfidentialityGuard("rounds.example.org");

    @Property(tries = 500)
    void scanningArbitraryTextNeverThrowsAndIsDeterministic(@ForAll String text) {
        assertEquals(guard.scanPost(text), guard.scanPost(text));
        assertEquals(guard.scanTweet(text), guard.scanTweet(text));
        assertEquals(guard.scanTweet(text), new ConfidentialityGuard("rounds.example.org").scanTweet(text));
    }

    /** Text made of the pieces the rules react to, so that the regexes and judges see near-misses, not just noise. */
    @Provide
    Arbitrary<String> identifierSoup() {
        List<String> pieces = Stream.concat(
                Stream.of("Mr.", "patient", "Pt.", "MRN", "#", ":", ",", ".", "\n", "\n\n", " ", "  ", "-", "/",
                        "(", ")", "+1", "555", "0143", "34F", "y/o", "aged", "92", "March", "3", "2024", "admitted",
                        "born", "today", "ZIP", "MA", "02115", "Street", "42", "@", "gmail.com", "http://", "www.",
                        "::", "10.0.0.1", "serial", "VIN", "plate", "licence", "SSN", "123-45-6789", "é", "😀", "\t"),
                Arrays.stream(Rule.values()).flatMap(r -> r.positiveExamples().stream())).toList();
        return Arbitraries.of(pieces).list().ofMaxSize(40).map(list -> String.join(" ", list));
    }

    @Property(tries = 500)
    void scanningIdentifierSoupNeverThrowsAndIsDeterministic(@ForAll("identifierSoup") String text) {
        List<Finding> first = guard.scanTweet(text);
        assertEquals(first, guard.scanTweet(text));
        assertEquals(guard.scanPost(text), guard.scanPost(text));
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (Finding finding : first) {
            assertTrue(finding.line() >= 1 && finding.line() <= lines, finding.toString());
            assertTrue(text.contains(finding.matched()), finding.toString());
            assertEquals(FindingId.of(finding.category(), finding.matched()), finding.id());
        }
    }

    @Property(tries = 300)
    void findingsNeverOverlapAndComeInTextOrder(@ForAll("identifierSoup") String text) {
        List<Finding> findings = guard.scanTweet(text);
        int lastLine = 0;
        for (Finding finding : findings) {
            assertTrue(finding.line() >= lastLine, findings.toString());
            lastLine = finding.line();
        }
    }

    @Property(tries = 300)
    void idDependsOnlyOnCategoryAndNormalisedText(@ForAll("identifierSoup") String matched) {
        for (Category category : Category.values()) {
            String id = FindingId.of(category, matched);
            assertTrue(id.matches("[a-z0-9-]+:[0-9a-f]{8}"), id);
            assertTrue(id.startsWith(category.jsonName() + ":"), id);
            assertEquals(id, FindingId.of(category, "  " + matched.toUpperCase(java.util.Locale.ROOT) + "\n"));
        }
    }

    /** The same identifier later in a longer post keeps its id; only its line moves. */
    @Property(tries = 200)
    void idsAndLinesAreStableWhenParagraphsArePrepended(@ForAll("postExamples") String example,
                                                       @ForAll @IntRange(min = 1, max = 5) int paragraphs) {
        String preamble = "The guideline changed in 2019, and we follow it.\n\n".repeat(paragraphs);
        List<Finding> alone = guard.scanPost(example);
        List<Finding> later = guard.scanPost(preamble + example);
        assertFalse(alone.isEmpty(), example);
        assertEquals(alone.stream().map(Finding::id).toList(), later.stream().map(Finding::id).toList());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).line() + 2 * paragraphs, later.get(i).line());
        }
    }

    @Provide
    Arbitrary<String> postExamples() {
        return Arbitraries.of(Arrays.stream(Rule.values()).filter(r -> !r.tweetsOnly())
                .flatMap(r -> r.positiveExamples().stream()).toList());
    }
}
