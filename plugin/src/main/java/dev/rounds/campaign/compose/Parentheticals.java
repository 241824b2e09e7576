package dev.rounds.campaign.compose;

import java.util.List;

/**
 * Drops asides in round or square brackets, the first thing to give up when a teaser is too long: "(even those over
 * 65)", "[3]". Only free-standing groups go; "patient(s)" is a word, and quoted speech is never edited.
 */
final class Parentheticals {

    private Parentheticals() {
    }

    static String drop(String text) {
        List<Quotation> quotations = Quotation.in(text);
        StringBuilder kept = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = (c == '(' || c == '[') && startsFreely(text, i) && !Quotation.inside(quotations, i)
                    ? matchingClose(text, i) : -1;
            if (close >= 0 && endsFreely(text, close)) {
                int from = i > 0 ? i - 1 : i;
                int to = i > 0 ? close + 1 : Math.min(close + 2, text.length());
                kept.append(text, copied, from);
                copied = to;
                i = to;
            } else {
                i++;
            }
        }
        kept.append(text, copied, text.length());
        return TeaserText.trimLeadingPunctuation(TeaserText.normaliseWhitespace(kept.toString()));
    }

    private static boolean startsFreely(String text, int open) {
        return open == 0 || text.charAt(open - 1) == ' ';
    }

    private static boolean endsFreely(String text, int close) {
        return close + 1 == text.length() || " .,;:!?…”\"'’".indexOf(text.charAt(close + 1)) >= 0;
    }

    /** The index of the bracket closing the one at {@code open}, allowing nesting; -1 when it is never closed. */
    private static int matchingClose(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
