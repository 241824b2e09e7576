package dev.rounds.campaign.compose;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Closes a cut teaser: no trailing comma or dash, no dangling "and" or "the", then an ellipsis to mark the cut. */
final class CutEnding {

    static final String ELLIPSIS = "…";

    private static final Set<String> DANGLING = Set.of("and", "or", "nor", "but", "the", "a", "an", "of", "to",
            "in", "on", "at", "by", "for", "with", "from", "as", "than", "that", "which", "who", "whose", "is",
            "are", "was", "were", "be", "its", "their", "his", "her", "our", "your", "my", "into", "onto", "per",
            "via", "vs", "versus", "if", "so", "because", "while", "whereas", "although", "when", "where", "&",
            "without", "about", "after", "before", "over", "under", "between", "within", "during", "against",
            "among", "through", "towards", "toward", "upon", "despite", "like", "such");
    private static final String TRAILING_PUNCTUATION = ",;:—–-/+ ";

    private CutEnding() {
    }

    /** The kept text, finished; empty when nothing worth saying remains. */
    static Optional<String> finish(String text, Cut cut) {
        String kept = text.substring(0, cut.keepEnd()).trim();
        if (!cut.sentenceEnd()) {
            kept = withoutDanglingEnd(kept) + ELLIPSIS;
        }
        return TeaserText.hasWords(kept) ? Optional.of(kept) : Optional.empty();
    }

    private static String withoutDanglingEnd(String text) {
        String kept = text;
        while (true) {
            int end = kept.length();
            while (end > 0 && TRAILING_PUNCTUATION.indexOf(kept.charAt(end - 1)) >= 0) {
                end--;
            }
            kept = kept.substring(0, end);
            int lastSpace = kept.lastIndexOf(' ');
            String lastWord = kept.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
            if (!DANGLING.contains(lastWord)) {
                return kept;
            }
            if (lastSpace < 0) {
                return "";
            }
            kept = kept.substring(0, lastSpace);
        }
    }
}
