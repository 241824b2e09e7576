package dev.rounds.core;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The links Twitter sees in a text (with or without a scheme), exactly as twitter-text's {@link Extractor} finds
 * them, without running its URL pattern over the part of the text that cannot hold one. That pattern tries to match
 * at every character, and teasers are counted, compared and scanned many times each: it was a fifth of a campaign's
 * time.
 *
 * <p>Why skipping is exact. Every alternative of the pattern's domain ends in a literal {@code .} followed by a
 * top-level domain (twitter-text's lists, or {@code xn--}), and every one of those begins with an ASCII letter or a
 * character outside ASCII (the pattern ignores ASCII case only); so a text with no such {@linkplain #domainDot dot}
 * holds no link. No character class of a link admits a space (U+0020), and what a match may take before the link is
 * one character or the text's start; so every match lies after the last space before the first such dot, and the
 * pattern, started at that space, finds the same matches in the same order. {@code TwitterLinksProperties} holds this
 * to the extractor over texts built to be hard for it.
 */
public final class TwitterLinks {

    private TwitterLinks() {
    }

    /** The links in {@code text}, with their indices, as {@code new Extractor().extractURLsWithIndices(text)}. */
    public static List<Extractor.Entity> find(String text) {
        int dot = domainDot(text, 0);
        if (dot < 0) {
            return List.of();
        }
        int from = Math.max(0, text.lastIndexOf(' ', dot));
        String searched = from == 0 ? text : text.substring(from);
        List<Extractor.Entity> found = LAST.get().find(searched);
        List<Extractor.Entity> shifted = new ArrayList<>(found.size());
        for (Extractor.Entity link : found) {
            shifted.add(new Extractor.Entity(link.getStart() + from, link.getEnd() + from, link.getValue(),
                    link.getType()));
        }
        return shifted;
    }

    /**
     * The last few searches of each thread, by the text searched: the cuts of one teaser that a shortener tries, and
     * the tweet that the guard and the similarity check then read, all end in the same link, which is the only part
     * searched when the words before it hold no domain dot.
     */
    private static final ThreadLocal<Recent> LAST = ThreadLocal.withInitial(Recent::new);

    private static final class Recent {
        private static final int SIZE = 4;
        private final String[] texts = new String[SIZE];
        private final List<?>[] links = new List<?>[SIZE];
        private int next;

        @SuppressWarnings("unchecked")
        List<Extractor.Entity> find(String text) {
            for (int i = 0; i < SIZE; i++) {
                if (text.equals(texts[i])) {
                    return (List<Extractor.Entity>) links[i];
                }
            }
            // Extractor has a mutable setting, so each search uses its own instance rather than a shared one.
            List<Extractor.Entity> found = new Extractor().extractURLsWithIndices(text);
            texts[next] = text;
            links[next] = found;
            next = (next + 1) % SIZE;
            return found;
        }
    }

    /** The links' texts, as {@code new Extractor().extractURLs(text)}. */
    public static List<String> urls(String text) {
        return find(text).stream().map(Extractor.Entity::getValue).toList();
    }

    /** Whether {@code text} may hold a link; when not, it certainly holds none. */
    public static boolean mayHold(String text) {
        return domainDot(text, 0) >= 0;
    }

    /**
     * The first dot at or after {@code from} that a top-level domain could follow: an ASCII {@code .} then an ASCII
     * letter or a character outside ASCII; -1 when there is none.
     */
    static int domainDot(String text, int from) {
        for (int dot = text.indexOf('.', from); dot >= 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            char next = text.charAt(dot + 1);
            if (next >= 0x80 || (next | 0x20) >= 'a' && (next | 0x20) <= 'z') {
                return dot;
            }
        }
        return -1;
    }
}
