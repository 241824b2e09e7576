package dev.rounds.campaign.compose;

import com.twitter.twittertext.Extractor;
import dev.rounds.core.TwitterLinks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text operations the composing steps share. */
final class TeaserText {

    /** Whitespace of any kind, including no-break and thin spaces that arrive from Markdown typography. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** Characters Twitter rejects outright (a byte-order mark often hides in copied text). */
    private static final Pattern REJECTED_BY_TWITTER = Pattern.compile("[\\uFFFE\\uFEFF\\uFFFF]");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

    private TeaserText() {
    }

    static String normaliseWhitespace(String text) {
        String clean = REJECTED_BY_TWITTER.matcher(text).replaceAll("");
        return WHITESPACE.matcher(clean).replaceAll(" ").trim();
    }

    /**
     * Removes every link Twitter would see in the text (with or without a scheme): a teaser carries exactly one
     * link, the one to the post, and each link would cost 23 anyway.
     */
    static String withoutLinks(String text) {
        List<Extractor.Entity> links = TwitterLinks.find(text);
        if (links.isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text);
        for (int i = links.size() - 1; i >= 0; i--) {
            kept.delete(links.get(i).getStart(), links.get(i).getEnd());
        }
        return normaliseWhitespace(EMPTY_BRACKETS.matcher(kept).replaceAll(""));
    }

    static boolean hasWords(String text) {
        return WORD_CHARACTER.matcher(text).find();
    }

    /**
     * Upper-cases the first letter when the text now starts mid-sentence, but only for a plain lower-case word:
     * "mRNA" or "eGFR" must stay as written.
     */
    static String capitaliseFirstWord(String text) {
        int end = text.indexOf(' ');
        String word = end < 0 ? text : text.substring(0, end);
        boolean plainLowerCase = !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))
                && word.equals(word.toLowerCase(Locale.ROOT));
        if (!plainLowerCase) {
            return text;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    /** Drops punctuation and spaces left at the start after something before them was removed. */
    static String trimLeadingPunctuation(String text) {
        int start = 0;
        while (start < text.length() && ",;:—–- ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }
}
