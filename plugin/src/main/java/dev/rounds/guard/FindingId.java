package dev.rounds.guard;

import dev.rounds.core.Sha256;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Computes a finding's id: {@code <category>:<hash>}, for example {@code name:3f9a1c07}.
 * <ul>
 *   <li>{@code <category>} is {@link Category#jsonName()}, e.g. {@code care-date};</li>
 *   <li>{@code <hash>} is the first 8 lower-case hex digits of the SHA-256 of the matched text's UTF-8 bytes after
 *       normalising it: Unicode NFKC, lower case ({@link Locale#ROOT}), every run of white space turned into one
 *       space, trimmed.</li>
 * </ul>
 * The id depends only on the category and the matched text, never on the line or the rule, so it survives edits
 * elsewhere in the post, re-wrapping of lines and changes of case. An author who acknowledges {@code name:3f9a1c07}
 * (say, a public figure the guard took for a patient) acknowledges every occurrence of that same text. Changing the
 * normalisation or the hash would orphan every acknowledgement already written, so both are fixed.
 */
public final class FindingId {

    private static final int HASH_HEX_DIGITS = 8;

    private FindingId() {
    }

    public static String of(Category category, String matched) {
        return category.jsonName() + ':' + shortHash(normalise(matched));
    }

    static String normalise(String matched) {
        String folded = Normalizer.normalize(matched, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").trim();
    }

    private static String shortHash(String text) {
        return Sha256.hex(text).substring(0, HASH_HEX_DIGITS);
    }
}
