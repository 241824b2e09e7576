package dev.rounds.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The markdown stage's hand-written text loops against the regexes they replaced, over text of every kind. */
class PlainTextProperties {

    @Property(tries = 5000)
    void whitespaceCollapsesAsTheRegexDid(@ForAll("texts") String text) {
        assertEquals(text.replaceAll("\\s+", " ").trim(), PlainText.collapse(text), text);
    }

    @Property(tries = 5000)
    void wordsAreCountedAsSplitCountedThem(@ForAll("texts") String text) {
        if (!text.isBlank()) {
            assertEquals(text.split("\\s+").length, BlockCollector.wordsIn(text), text);
        }
    }

    /** Words, ASCII whitespace of every kind, and spaces and controls the regex class does not take. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("sepsis", "a", "eGFR", "—", "…", "肺炎", "e\u0301"),
                Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\r", "\u000B", "\f", "\u001C", "\u0000", "\u0085",
                        "\u00A0", "\u2003", "\u2028", "\u3000", "\uFEFF"),
                Arbitraries.chars().all().map(String::valueOf));
        return piece.list().ofMaxSize(20).map(parts -> String.join("", parts));
    }
}
