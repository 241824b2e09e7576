package dev.rounds.core;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links Twitter sees in a text (with or without a scheme), exactly as twitter-text's {@link Extractor} finds
 * them, without running its URL pattern over the part of the text that cannot hold one. That pattern tries to match
 * at every character, and teasers are counted, compared and scanned many times each: it was a fifth of a campaign's
 * time.
 *
 * <p>Why skipping is exact. Every alternative of the pattern's domain ends in a literal {@code .} followed by a
 * top-level domain (twitter-text's lists, or {@code xn--}), and every one of those begins with an ASCII letter or a
 * character outside ASCII (the pattern ignores ASCII case only); so a link holds such a {@linkplain #domainDot dot}.
 * No character class of a link admits a space (U+0020), what a match may take before the link is one character or
 * the text's start, and what it looks at after the link is one character or the text's end, which a space and the
 * end both pass. So every match lies in one run of characters other than spaces (with the space before it) that
 * holds such a dot, and the pattern, run on each such run alone, finds the same matches in the same order. Only those
 * runs are searched: in a teaser, the link and perhaps an abbreviation such as "e.g.". A run that begins with an
 * ASCII letter or digit is searched without its space: the character before a link may be neither, so the pattern
 * tries a link at the run's first character after the space and at the text's start alike, and nowhere else there.
 * The same link is then one search, whether a teaser or the link alone is counted.
 * {@code TwitterLinksProperties} holds this to the extractor over texts built to be hard for it.
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
        List<Extractor.Entity> links = null;
        Recent recent = LAST.get();
        while (dot >= 0) {
            // A run that begins with an ASCII letter or digit is searched without the space before it (see above).
            int space = text.lastIndexOf(' ', dot);
            int from = space >= 0 && !asciiLetterOrDigit(text.charAt(space + 1)) ? space : space + 1;
            int to = text.indexOf(' ', dot);
            if (to < 0) {
                to = text.length();
            }
            List<Extractor.Entity> found = recent.find(from == 0 && to == text.length() ? text
                    : text.substring(from, to));
            if (!found.isEmpty()) {
                if (links == null) {
                    links = new ArrayList<>(found.size());
                }
                for (Extractor.Entity link : found) {
                    links.add(new Extractor.Entity(link.getStart() + from, link.getEnd() + from,
                            link.getValue(), link.getType()));
                }
            }
            dot = domainDot(text, to);
        }
        return links == null ? List.of() : links;
    }

    /**
     * The last searches of each thread, by the run of text searched, the least recently used dropped: the cuts of one
     * teaser that a shortener tries, and the tweet that the guard and the similarity check then read, all end in the
     * same link, and a post's teasers share a few links.
     */
    private static final ThreadLocal<Recent> LAST = ThreadLocal.withInitial(Recent::new);

    private static final class Recent extends LinkedHashMap<String, List<Extractor.Entity>> {
        private static final int SIZE = 64;
        /** A longer run (a paragraph without spaces) is not kept: a link is rarely this long. */
        private static final int LONGEST = 512;

        Recent() {
            super(SIZE * 2, 0.75f, true);
        }

        List<Extractor.Entity> find(String text) {
            List<Extractor.Entity> found = get(text);
            if (found == null) {
                // Extractor has a mutable setting, so each search uses its own instance rather than a shared one.
                found = List.copyOf(new Extractor().extractURLsWithIndices(text));
                if (text.length() <= LONGEST) {
                    put(text, found);
                }
            }
            return found;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Extractor.Entity>> eldest) {
            return size() > SIZE;
        }
    }

    /** The links' texts, as {@code new Extractor().extractURLs(text)}. */
    public static List<String> urls(String text) {
        return find(text).stream().map(Extractor.Entity::getValue).toList();
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
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
