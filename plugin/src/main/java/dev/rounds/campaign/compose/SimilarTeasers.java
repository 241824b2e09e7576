package dev.rounds.campaign.compose;

import com.twitter.twittertext.Extractor;
import dev.rounds.core.TwitterLinks;
import java.text.Normalizer;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells when two teasers say nearly the same thing, so a series never repeats itself, and when a teaser merely
 * repeats the post's title. Compare teaser texts; links are ignored, hashtags count as their words.
 */
public final class SimilarTeasers {

    /** At or above this, two teasers read as the same tweet to a follower. */
    public static final double NEAR_DUPLICATE_THRESHOLD = 0.8;

    /** Below this many words, being contained in a longer teaser says little (a title word, a drug name). */
    private static final int MIN_CONTAINED_WORDS = 4;

    /** Letters and digits, keeping "community-acquired", "12.5" and "don't" as one word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*");

    private SimilarTeasers() {
    }

    /**
     * Whether two teasers are the same or nearly so: word-set or letter-trigram Jaccard similarity of at least
     * {@value #NEAR_DUPLICATE_THRESHOLD}, or the shorter one (of four words or more) appearing in the other as a run of
     * words covering that share of it: a shortened copy of a teaser is still that teaser.
     */
    public static boolean nearDuplicate(String a, String b) {
        return nearDuplicate(Compared.of(a), Compared.of(b));
    }

    /** {@link #nearDuplicate(String, String)} for teasers already taken apart, so a series compares each new teaser
     * with those before it without taking them apart again. */
    public static boolean nearDuplicate(Compared a, Compared b) {
        if (a.words.isEmpty() || b.words.isEmpty()) {
            return a.words.equals(b.words);
        }
        return jaccard(a.wordSet, b.wordSet) >= NEAR_DUPLICATE_THRESHOLD
                || jaccard(a.trigrams, b.trigrams) >= NEAR_DUPLICATE_THRESHOLD
                || containedInOther(a.words, b.words);
    }

    /**
     * A teaser taken apart for {@link #nearDuplicate(Compared, Compared)}: its words, and their set and letter trigrams
     * derived from them once.
     */
    public static final class Compared {

        private final List<String> words;
        private final Set<String> wordSet;
        private final Set<String> trigrams;

        private Compared(List<String> words) {
            this.words = words;
            this.wordSet = new HashSet<>(words);
            this.trigrams = SimilarTeasers.trigrams(words);
        }

        public static Compared of(String teaser) {
            return new Compared(words(teaser));
        }
    }

    /** Whether the teaser contains the title word for word (ignoring case and punctuation). */
    public static boolean repeatsTitle(String teaser, String title) {
        List<String> titleWords = words(title);
        return !titleWords.isEmpty() && Collections.indexOfSubList(words(teaser), titleWords) >= 0;
    }

    /** The text's words in lower case, separated by single spaces: no links, punctuation, or {@code #}/{@code @}. */
    public static String plainWords(String text) {
        return String.join(" ", words(text));
    }

    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder withoutLinks = new StringBuilder(normal);
        List<Extractor.Entity> links = TwitterLinks.find(normal);
        for (int i = links.size() - 1; i >= 0; i--) {
            withoutLinks.replace(links.get(i).getStart(), links.get(i).getEnd(), " ");
        }
        Matcher word = WORD.matcher(withoutLinks);
        List<String> words = new ArrayList<>();
        while (word.find()) {
            words.add(word.group().replace('’', '\''));
        }
        return List.copyOf(words);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String item : smaller) {
            if (larger.contains(item)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Letter trigrams of the words joined by spaces, which forgive a changed plural or spelling. */
    private static Set<String> trigrams(List<String> words) {
        String joined = " " + String.join(" ", words) + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= joined.length(); i++) {
            grams.add(joined.substring(i, i + 3));
        }
        return grams;
    }

    /** Whether the shorter teaser appears, nearly whole and in order, inside the longer one. */
    private static boolean containedInOther(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() < MIN_CONTAINED_WORDS) {
            return false;
        }
        return longestCommonRun(shorter, longer) >= NEAR_DUPLICATE_THRESHOLD * shorter.size();
    }

    private static int longestCommonRun(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int longest = 0;
        for (String wordA : a) {
            int[] current = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (wordA.equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    longest = Math.max(longest, current[j]);
                }
            }
            previous = current;
        }
        return longest;
    }
}
