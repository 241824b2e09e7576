package dev.rounds.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** One pass down the trie finds exactly the words that {@code contains} finds in the text with ASCII in lower case. */
class TriggerWordsTest {

    @Property(tries = 2000)
    void findsWhatContainsFinds(@ForAll("texts") String text) {
        boolean[] found = TriggerWords.find(text);
        String lower = asciiLower(text);
        List<String> words = TriggerWords.words();
        for (int i = 0; i < words.size(); i++) {
            assertEquals(lower.contains(words.get(i)), found[i], words.get(i) + " in " + text);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(TriggerWords.words()),
                Arbitraries.of(TriggerWords.words()).map(word -> word.toUpperCase(Locale.ROOT)),
                Arbitraries.of(TriggerWords.words()).map(word -> word.substring(0, word.length() - 1)),
                Arbitraries.strings().withChars("adehilmnoprstACDPT. -é1\n").ofMaxLength(8));
        return pieces.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Example
    void wordsInsideLongerWordsAndInAnyAsciiCaseCount() {
        ScannedText text = new ScannedText("Her TELEPHONE number; the D.O.B. field; a hotel.");
        assertTrue(text.containsAny(TriggerWords.PHONE));
        assertTrue(text.containsAny(TriggerWords.CARE_EVENT));
        assertFalse(text.containsAny(TriggerWords.FAX));
        assertFalse(new ScannedText("Télé").containsAny(TriggerWords.PHONE), "only ASCII letters fold");
    }

    private static String asciiLower(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return lower.toString();
    }
}
