package dev.rounds.campaign.compose;

import java.util.Comparator;
import java.util.List;

/**
 * Connective openers a teaser can lose without changing its claim ("Fortunately,", "In short,"). They link a
 * sentence to the one before it in the post, which the tweet's reader never saw.
 */
final class LeadInPhrases {

    /** Longest first, so "In fact, in short," style overlaps resolve to the longer phrase. */
    private static final List<String> PHRASES = List.of(
            "With that being said", "That being said", "Having said that", "With that said", "That said",
            "Fortunately", "Unfortunately", "Luckily", "In short", "In summary", "In sum", "In conclusion",
            "To summarise", "To summarize", "Importantly", "Interestingly", "Notably", "Of note", "However",
            "In fact", "Indeed", "As a result", "Consequently", "Therefore", "Thus", "Hence", "Moreover",
            "Furthermore", "Additionally", "In addition", "Also", "Still", "Nevertheless", "Nonetheless",
            "Overall", "Ultimately", "Basically", "Essentially", "Simply put", "Put simply", "Of course",
            "Clearly", "Obviously", "Again", "Finally", "Lastly", "First", "Firstly", "Second", "Secondly",
            "Third", "Thirdly", "Remember", "Bottom line", "The bottom line is", "In practice", "In other words",
            "On the other hand", "By contrast", "In contrast", "Similarly", "Likewise", "Admittedly")
            .stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private LeadInPhrases() {
    }

    /** Removes a lead-in from the start of the text and of each later sentence (never inside quoted speech). */
    static String strip(String text) {
        String current = stripAt(text, 0);
        for (int start : Sentences.starts(current)) {
            String stripped = stripAt(current, start);
            if (!stripped.equals(current)) {
                return strip(stripped);
            }
        }
        return current;
    }

    private static String stripAt(String text, int start) {
        String rest = text.substring(start);
        for (String phrase : PHRASES) {
            String withComma = phrase + ", ";
            if (rest.regionMatches(true, 0, withComma, 0, withComma.length())
                    && TeaserText.hasWords(rest.substring(withComma.length()))) {
                String after = TeaserText.capitaliseFirstWord(rest.substring(withComma.length()));
                return text.substring(0, start) + after;
            }
        }
        return text;
    }
}
