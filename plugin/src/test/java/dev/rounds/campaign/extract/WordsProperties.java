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

/** {@link Words}' and {@link SentenceQuality}'s hand-written loops against the regular expressions they replaced. */
class WordsProperties {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u2060\\uFEFF]+");
    /** The regexes SentenceQuality once ran, which its loops must agree with. */
    private static final Pattern EN_VERB = Pattern.compile("\\p{L}{2,}(ed|ing|s)");
    private static final Pattern ES_VERB = Pattern.compile("\\p{L}{2,}(ar|er|ir|ado|ido|ando|iendo|an|en|ó|mos|aba|ía)");
    private static final Pattern DE_VERB = Pattern.compile("\\p{L}{2,}(t|en|te|ten)");
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\\s\"'”’»)\\]]+$");
    private static final Pattern MARKUP = Pattern.compile("\\{\\{|\\{%|<!--|`|\\|[^|]*\\|");

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

    @Property(tries = 5000)
    void endingsAreFoundAsTheVerbRegexesFoundThem(@ForAll("tokens") String token) {
        assertEquals(EN_VERB.matcher(token).matches(), SentenceQuality.hasVerbEnding(token, SentenceQuality.EN_VERB_ENDINGS), token);
        assertEquals(ES_VERB.matcher(token).matches(), SentenceQuality.hasVerbEnding(token, SentenceQuality.ES_VERB_ENDINGS), token);
        assertEquals(DE_VERB.matcher(token).matches(), SentenceQuality.hasVerbEnding(token, SentenceQuality.DE_VERB_ENDINGS), token);
    }

    @Property(tries = 5000)
    void aSentenceEndsAsTheClosersRegexSaid(@ForAll("sentences") String sentence) {
        String stripped = TRAILING_CLOSERS.matcher(sentence).replaceAll("");
        assertEquals(stripped.endsWith("?"), SentenceQuality.isQuestion(sentence), sentence);
        assertEquals(stripped.endsWith(":"), SentenceQuality.introducesSomething(sentence), sentence);
    }

    @Property(tries = 3000)
    void markupIsFoundAsTheRegexFindsIt(@ForAll("sentences") String sentence) {
        assertEquals(MARKUP.matcher(sentence).find(), SentenceQuality.hasMarkup(sentence), sentence);
    }

    /** Verb-like endings in three languages on letters of all kinds, with digits and marks mixed in. */
    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("ed", "ing", "s", "ar", "er", "ir", "ado", "ido", "ando", "iendo", "an", "en", "ó", "mos",
                        "aba", "ía", "t", "te", "ten", "treat", "dos", "ß", "𐐀", "e\u0301", "肺", "1", "-", "'"),
                Arbitraries.strings().withChars("abenstdígó𐐨1").ofMaxLength(4));
        return piece.list().ofMaxSize(4).map(pieces -> String.join("", pieces));
    }

    /** Sentences that end in marks, closers, spaces and line breaks of every kind, with markup here and there. */
    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> piece = Arbitraries.oneOf(texts(),
                Arbitraries.of("?", ":", ".", "\"", "'", "”", "’", "»", ")", "]", " ", "\t", "\n", "\r", "\u000B",
                        "\f", "\u0085", "\u2028", "\u2029", "\u00A0", "{{", "{%", "<!--", "`", "|", "|x|", "{", "<"));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
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
