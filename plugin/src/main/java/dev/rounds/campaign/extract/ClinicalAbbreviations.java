package dev.rounds.campaign.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Abbreviations clinicians write that end in a full stop but do not end a sentence.
 *
 * <p>Two groups, because the full stop means different things:
 * <ul>
 *   <li>{@link #CONTINUING}: titles and references that always lead into more words ("Dr. Smith", "e.g. Atorvastatin",
 *       "Fig. S2"). A break after them is never a sentence end.</li>
 *   <li>Units, dosing and list abbreviations ("mg.", "b.i.d.", "p.o.", "etc.", "Jr.", "No.") are deliberately
 *       <em>not</em> listed: ICU already keeps them inside a sentence when a lower-case word or a number follows
 *       ("5 mg. daily", "No. 5"), and when a capitalised word follows they usually do end the sentence
 *       ("The dose is 5 mg. Take it with food.").</li>
 * </ul>
 */
final class ClinicalAbbreviations {

    static final List<String> CONTINUING = List.of(
            "Dr.", "Dra.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Sr.", "Sra.", "Srta.",
            "e.g.", "E.g.", "i.e.", "I.e.", "vs.", "approx.", "aprox.", "Fig.", "Figs.", "et al.",
            "p. ej.", "z. B.", "z.B.", "d. h.", "bzw.", "ca.", "ggf.", "evtl.");

    private ClinicalAbbreviations() {
    }

    /** Those ICU's filter can suppress: its reverse trie only matches abbreviations whose one full stop is the last character. */
    static List<String> forIcuFilter() {
        return CONTINUING.stream().filter(a -> a.indexOf('.') == a.length() - 1).toList();
    }

    /**
     * Joins pieces that ICU split after a continuing abbreviation. ICU misses "e.g." and "i.e." before a capital, and
     * splits "z. B." in two, so this runs after the filtered iterator.
     */
    static List<String> rejoin(List<String> pieces) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = null;
        for (String piece : pieces) {
            if (current != null && continuesInto(current.toString(), piece)) {
                current.append(piece);
            } else {
                if (current != null) {
                    joined.add(current.toString());
                }
                current = new StringBuilder(piece);
            }
        }
        if (current != null) {
            joined.add(current.toString());
        }
        return joined;
    }

    private static boolean continuesInto(String piece, String next) {
        String head = piece.stripTrailing();
        String tail = next.stripLeading();
        for (String abbreviation : CONTINUING) {
            for (int cut = abbreviation.indexOf('.') + 1; cut > 0; cut = abbreviation.indexOf('.', cut) + 1) {
                String before = abbreviation.substring(0, cut).strip();
                String after = abbreviation.substring(cut).strip();
                if (endsWithWord(head, before) && (after.isEmpty() ? !tail.isEmpty() : tail.startsWith(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithWord(String text, String word) {
        if (!text.endsWith(word)) {
            return false;
        }
        int start = text.length() - word.length();
        return start == 0 || !Character.isLetter(text.charAt(start - 1));
    }
}
