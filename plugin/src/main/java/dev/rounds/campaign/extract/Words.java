package dev.rounds.campaign.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word-level views of a text: tokens, meaning-carrying words, similarity, and the normal forms used to compare. */
final class Words {

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u2060\\uFEFF]+");

    /** Two texts whose meaning-carrying words overlap this much say the same thing. */
    static final double NEAR_DUPLICATE = 0.7;

    private Words() {
    }

    /** Lower-cased letter-and-digit runs, in order. */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0, n = lower.length(); i < n; ) {
            int c = lower.codePointAt(i);
            if (isWordCharacter(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            tokens.add(lower.substring(start));
        }
        return tokens;
    }

    /**
     * A letter or a number, as the regex classes {@code \p{L}} and {@code \p{N}} see it (tokens were once split with
     * {@code [^\p{L}\p{N}]+}; a loop does the same in a fraction of the time, and {@code WordsAndQualityTest} holds
     * it to that regex).
     */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The words that carry meaning: tokens without stop words and stray single letters. */
    static Set<String> contentWords(String text) {
        return contentWords(tokens(text));
    }

    /** {@link #contentWords(String)} of a text's {@link #tokens}. */
    static Set<String> contentWords(List<String> tokens) {
        Set<String> words = new LinkedHashSet<>();
        for (String token : tokens) {
            boolean strayLetter = token.length() == 1 && Character.isLetter(token.charAt(0));
            if (!strayLetter && !StopWords.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    /**
     * Whether two texts say the same thing: Jaccard of their meaning-carrying words at least {@link #NEAR_DUPLICATE}.
     * Texts made only of stop words fall back to all their tokens.
     */
    static boolean nearDuplicates(String a, String b) {
        return nearDuplicates(a, contentWords(a), b, contentWords(b));
    }

    /** As {@link #nearDuplicates(String, String)}, with each text's {@link #contentWords} found by the caller. */
    static boolean nearDuplicates(String a, Set<String> contentWordsOfA, String b, Set<String> contentWordsOfB) {
        Set<String> wordsA = contentWordsOfA;
        Set<String> wordsB = contentWordsOfB;
        if (wordsA.isEmpty() && wordsB.isEmpty()) {
            wordsA = new LinkedHashSet<>(tokens(a));
            wordsB = new LinkedHashSet<>(tokens(b));
            if (wordsA.isEmpty() && wordsB.isEmpty()) {
                return comparable(a).equals(comparable(b));
            }
        }
        return jaccard(wordsA, wordsB) >= NEAR_DUPLICATE;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Case and punctuation ignored, for "is this the title?". */
    static String comparable(String text) {
        return String.join(" ", tokens(text));
    }

    /** Runs of any whitespace (including no-break spaces) as one space, trimmed. */
    static String collapseWhitespace(String text) {
        boolean previousSpace = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || previousSpace)) {
                return SPACE.matcher(text).replaceAll(" ").strip();
            }
            previousSpace = space;
        }
        // Every space is already a single ' ': nothing to collapse (the usual case, and a regex pass spared).
        return text.strip();
    }

    /** What {@link #SPACE} matches: {@code \s} (ASCII), {@code \p{Z}}, the word joiner and the BOM. */
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> c == '\u2060' || c == '\uFEFF';
        };
    }

    /** The leading run of letters, e.g. "It" of "It's"; "" when the text opens with a hyphenated word ("So-called"). */
    static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '-') {
            return "";
        }
        return text.substring(start, end);
    }
}
