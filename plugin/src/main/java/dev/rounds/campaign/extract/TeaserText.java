package dev.rounds.campaign.extract;

import dev.rounds.markdown.ContentBlock;
import java.util.List;
import java.util.regex.Pattern;

/** Turns the post's own words into teaser text: one clean sentence, or a list item's "Lead-in: rest". */
final class TeaserText {

    /**
     * Longest text used whole. A tweet has 140 characters; the link takes 23 and a space, which leaves room for a
     * short hashtag after about 110 characters of text. The composer still owns the final fit.
     */
    static final int SHORT_ENOUGH = 110;

    private static final Pattern TRAILING_FOOTNOTES = Pattern.compile(
            "(?:\\s*(?:\\[\\^?[\\p{L}\\p{N}_-]{1,12}]|\\^\\p{N}{1,3}))+(?=[.!?…:;,\"'”’»)]*$)");
    private static final Pattern LEAD_IN_END = Pattern.compile("[\\s:;,\\-–—]+$");
    private static final Pattern REST_START = Pattern.compile("^[\\s:;,.\\-–—]+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…]$");

    private TeaserText() {
    }

    /** Whitespace collapsed and trailing footnote markers ("[1]", "[^2]", "^3") removed. */
    static String clean(String text) {
        String collapsed = Words.collapseWhitespace(text);
        if (collapsed.indexOf('[') < 0 && collapsed.indexOf('^') < 0) {
            return collapsed; // every footnote marker has one of the two, and a collapsed text collapses to itself
        }
        return Words.collapseWhitespace(TRAILING_FOOTNOTES.matcher(collapsed).replaceAll(""));
    }

    /** Whether the block opens with bold text that has words (a bold ":" or "—" is no lead-in). */
    static boolean hasLeadIn(ContentBlock block) {
        return !Words.tokens(block.leadIn()).isEmpty();
    }

    /**
     * A list item that opens with bold text: "Lead-in: rest" when short enough, else the lead-in with the first
     * sentence of the rest, else the lead-in alone if it reads as a sentence, else the item's first sentence.
     */
    /**
     * How the lead-in meets the rest: as written when the bold words are the start of the sentence ("**Use X** for
     * Y", "**Before touching a patient,** to protect…"), with a colon when the lead-in is a label ("**Antibiotics
     * first** Within one hour…").
     */
    /** The punctuation the author put right after the bold lead-in ("**Goals:**" or "**Goals**:"), if any. */
    private static String punctuationAfter(String text, String leadIn) {
        if (!text.startsWith(leadIn) || text.length() == leadIn.length()) {
            return "";
        }
        char next = text.charAt(leadIn.length());
        return next == ':' || next == ';' || next == ',' ? String.valueOf(next) : "";
    }

    private static String joint(String rawLeadIn, String lead, String rest) {
        if (SENTENCE_END.matcher(lead).matches()) {
            return " ";
        }
        String raw = rawLeadIn.strip();
        if (raw.endsWith(",")) {
            return ", ";
        }
        if (!raw.endsWith(":") && !raw.endsWith(";") && Character.isLowerCase(rest.codePointAt(0))) {
            return " ";
        }
        return ": ";
    }

    static String withLeadIn(ContentBlock item, SentenceSplitter splitter, String language) {
        String leadIn = Words.collapseWhitespace(item.leadIn());
        String text = Words.collapseWhitespace(item.text());
        String rest = text.startsWith(leadIn) ? text.substring(leadIn.length()) : text;
        rest = clean(REST_START.matcher(rest).replaceAll(""));
        String lead = LEAD_IN_END.matcher(leadIn).replaceAll("");
        if (rest.isEmpty()) {
            return clean(lead);
        }
        String joint = joint(leadIn + punctuationAfter(text, leadIn), lead, rest);
        String whole = clean(lead + joint + rest);
        if (whole.length() <= SHORT_ENOUGH) {
            return whole;
        }
        List<String> restSentences = splitter.split(rest, language);
        String shorter = clean(lead + joint + (restSentences.isEmpty() ? "" : restSentences.get(0)));
        if (shorter.length() <= SHORT_ENOUGH) {
            return shorter;
        }
        if (!SentenceQuality.isFragment(lead, language)) {
            return clean(lead);
        }
        List<String> sentences = splitter.split(text, language);
        return sentences.isEmpty() ? clean(lead) : clean(sentences.get(0));
    }
}
