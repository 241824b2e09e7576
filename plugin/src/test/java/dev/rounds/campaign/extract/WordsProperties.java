package dev.rounds.campaign.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Words}' hand-written loops against the regular expressions they replaced, over any text. */
class WordsProperties {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u2060\\uFEFF]+");

    @Property(tries = 5000)
    void tokensAreTheRunsOfLettersAndNumbers(@ForAll("texts") String text) {
        List<String> expected = new ArrayList<>();
        for (String token : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty()) {
                expected.add(token);
            }
        }
        assertEquals(expected, Words.tokens(text));
    }

    @Property(tries = 5000)
    void whitespaceCollapsesAsTheRegexDid(@ForAll("texts") String text) {
        assertEquals(SPACE.matcher(text).replaceAll(" ").strip(), Words.collapseWhitespace(text));
    }

    /**
     * Words, numbers and every kind of space and separator, and characters drawn from the whole of Unicode
     * (supplementary letters and digits, combining marks, symbols, unpaired surrogates).
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Statins", "reduce", "eGFR", "COVID-19", "HbA1c", "don't", "l’hôpital", "İstanbul",
                        "ǅemal", "Ⅻ", "½", "²", "٣", "𝟘", "𐐀𐐨", "ﬁ", "ß", "ΣΑΣ", "肺炎", "e\u0301", "—", "…"),
                Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u001C", "\u0085", "\u00A0", "\u1680",
                        "\u2000", "\u2007", "\u200A", "\u200B", "\u2028", "\u2029", "\u202F", "\u205F", "\u2060",
                        "\u3000", "\uFEFF", "\uD800", "\uDC00"),
                Arbitraries.chars().all().map(String::valueOf),
                Arbitraries.integers().between(0, Character.MAX_CODE_POINT).filter(Character::isValidCodePoint)
                        .map(Character::toString));
        return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }
}
