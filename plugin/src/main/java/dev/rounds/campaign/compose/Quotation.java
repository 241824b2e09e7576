package dev.rounds.campaign.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted speech in a teaser, with the attribution that follows it ("— Osler", ", said Dr. Chen"). A quotation is
 * kept whole or dropped, never cut: a clipped quote puts words in someone's mouth.
 *
 * @param introStart where a short introduction ending just before the quote begins ("Osler said:"), or {@code start}
 * @param start index of the opening quotation mark
 * @param end index just after the closing mark (the end of the text when the quote is never closed)
 * @param attributionEnd index just after the attribution, or {@code end} when there is none
 */
record Quotation(int introStart, int start, int end, int attributionEnd) {

    /**
     * Whether cutting the text at {@code index} would split the quotation or its attribution, or leave its
     * introduction announcing a quote that is not there ("Osler said…").
     */
    boolean forbidsCutAt(int index) {
        return (introStart < index && index < end) || (end < index && index < attributionEnd);
    }

    static boolean anyForbidsCutAt(List<Quotation> quotations, int index) {
        for (Quotation quotation : quotations) {
            if (quotation.forbidsCutAt(index)) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(List<Quotation> quotations, int index) {
        for (Quotation quotation : quotations) {
            if (quotation.start <= index && index < quotation.end) {
                return true;
            }
        }
        return false;
    }

    /** Curly quotes pair “ with ”; straight double quotes pair in order of appearance. */
    static List<Quotation> in(String text) {
        List<Quotation> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char mark = text.charAt(i);
            if (mark == '“' || mark == '"') {
                int close = text.indexOf(mark == '“' ? '”' : '"', i + 1);
                int end = close < 0 ? text.length() : close + 1;
                found.add(new Quotation(Attribution.introStart(text, i), i, end, Attribution.end(text, end)));
                i = end;
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }
}
