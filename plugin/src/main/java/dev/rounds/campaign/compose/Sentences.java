package dev.rounds.campaign.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where sentences end in a teaser, without mistaking "Dr. Chen" or "e.g. aspirin" for an end. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g",
            "i.e", "al", "fig", "no", "approx", "jr", "sr", "cf", "inc", "ltd", "ref", "vol", "p", "pp");
    private static final String CLOSERS = "”\"’)]";
    private static final String CJK_ENDS = "。！？";

    private Sentences() {
    }

    /** Indices just after each sentence-ending mark (and any closing quote or bracket), excluding the text's end. */
    static List<Integer> ends(String text) {
        List<Quotation> quotations = Quotation.in(text);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (CJK_ENDS.indexOf(c) >= 0) {
                addUnlessQuoted(ends, quotations, i + 1);
            } else if ((c == '.' || c == '!' || c == '?') && !(c == '.' && abbreviationBefore(text, i))) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end + 1 < text.length() && text.charAt(end) == ' ' && startsSentence(text.codePointAt(end + 1))) {
                    addUnlessQuoted(ends, quotations, end);
                }
            }
        }
        return ends;
    }

    /** Indices where a sentence after the first begins. */
    static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int end : ends(text)) {
            starts.add(end < text.length() && text.charAt(end) == ' ' ? end + 1 : end);
        }
        return starts;
    }

    private static void addUnlessQuoted(List<Integer> ends, List<Quotation> quotations, int end) {
        if (!Quotation.anyForbidsCutAt(quotations, end)) {
            ends.add(end);
        }
    }

    private static boolean startsSentence(int codePoint) {
        return Character.isUpperCase(codePoint) || Character.isDigit(codePoint) || codePoint == '“'
                || codePoint == '"' || Character.isIdeographic(codePoint);
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int start = text.lastIndexOf(' ', dot - 1) + 1;
        String word = text.substring(start, dot).replaceAll("^[(\\[“\"]+", "");
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
