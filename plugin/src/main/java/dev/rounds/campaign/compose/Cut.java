package dev.rounds.campaign.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A place where a teaser may be cut: the text before {@code keepEnd} is kept.
 *
 * @param keepEnd how many chars of the text to keep
 * @param sentenceEnd whether the kept text ends a sentence, so it needs no ellipsis
 */
record Cut(int keepEnd, boolean sentenceEnd) {

    /** Clause boundaries that may close a shortened teaser; the word introducing the clause goes with it. */
    private static final List<String> CLAUSE_MARKERS = List.of(", ", "; ", ": ", " — ", " – ", " - ", " -- ",
            " which ", " because ", " although ", " though ", " whereas ", " while ", " unless ", " but ",
            " so that ", "，", "；", "：", "、");
    /** Units that belong to the number before them: "5 mg" must not become "5…". */
    private static final Set<String> UNITS = Set.of("mg", "g", "kg", "mcg", "µg", "μg", "ng", "ml", "mL", "l", "L",
            "dl", "dL", "mmol", "mmol/L", "mmol/l", "mg/dL", "mg/dl", "mg/kg", "mcg/kg", "mg/L", "g/dL", "g/L",
            "mEq", "mEq/L", "IU", "U", "units", "mmHg", "bpm", "cm", "mm", "m", "km", "kcal", "°C", "°F", "%",
            "percent", "h", "hr", "hrs", "hours", "min", "minutes", "s", "sec", "seconds", "days", "weeks",
            "months", "years", "y", "yr", "yrs", "x", "times", "fold", "mL/min", "ml/min", "breaths/min");
    private static final Set<String> TITLES = Set.of("Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "St.", "Sir");

    /** Sentence ends and clause boundaries, shortest kept text first. */
    static List<Cut> atClauses(String text) {
        List<Quotation> quotations = Quotation.in(text);
        TreeMap<Integer, Cut> cuts = sentenceEnds(text);
        for (String marker : CLAUSE_MARKERS) {
            for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
                if (at > 0 && !Quotation.anyForbidsCutAt(quotations, at)) {
                    cuts.putIfAbsent(at, new Cut(at, false));
                }
            }
        }
        return sorted(cuts);
    }

    /** Every space that is not inside a quotation, a name, or a number with its unit; shortest kept text first. */
    static List<Cut> atWords(String text) {
        List<Quotation> quotations = Quotation.in(text);
        TreeMap<Integer, Cut> cuts = sentenceEnds(text);
        for (int at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
            if (at > 0 && !Quotation.anyForbidsCutAt(quotations, at) && !joinsUnits(text, at)) {
                cuts.putIfAbsent(at, new Cut(at, false));
            }
        }
        return sorted(cuts);
    }

    private static TreeMap<Integer, Cut> sentenceEnds(String text) {
        TreeMap<Integer, Cut> cuts = new TreeMap<>();
        for (int end : Sentences.ends(text)) {
            cuts.put(end, new Cut(end, true));
        }
        return cuts;
    }

    private static List<Cut> sorted(TreeMap<Integer, Cut> cuts) {
        List<Cut> list = new ArrayList<>(cuts.values());
        list.sort(Comparator.comparingInt(Cut::keepEnd));
        return list;
    }

    /** Whether the space at {@code at} holds together "5 mg", "10 000", or "Dr. Chen". */
    private static boolean joinsUnits(String text, int at) {
        String before = text.substring(text.lastIndexOf(' ', at - 1) + 1, at);
        int nextSpace = text.indexOf(' ', at + 1);
        String after = text.substring(at + 1, nextSpace < 0 ? text.length() : nextSpace)
                .replaceAll("[.,;:!?…)\\]”\"]+$", "");
        if (TITLES.contains(before)) {
            return true;
        }
        if (before.isEmpty() || !Character.isDigit(before.charAt(before.length() - 1))) {
            return false;
        }
        return UNITS.contains(after) || (!after.isEmpty() && after.chars().allMatch(Character::isDigit));
    }
}
