package dev.rounds.campaign.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word-level views of a text: tokens, meaning-carrying words, similarity, and the normal forms used to compare. */
final class Words {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u2060\\uFEFF]+");

    /** Two texts whose meaning-carrying words overlap this much say the same thing. */
    static final double NEAR_DUPLICATE = 0.7;

    private Words() {
    }

    /** Lower-cased letter-and-digit runs, in order. */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        for (String token : NOT_WORD.split(lower)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The words that carry meaning: tokens without stop words and stray single letters. */
    static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String token : tokens(text)) {
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
        Set<String> wordsA = contentWords(a);
        Set<String> wordsB = contentWords(b);
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
        return SPACE.matcher(text).replaceAll(" ").strip();
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
