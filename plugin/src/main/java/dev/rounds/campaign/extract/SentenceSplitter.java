package dev.rounds.campaign.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences with ICU's sentence rules, taught the abbreviations clinicians use
 * ({@link ClinicalAbbreviations}). Thread-safe: one template iterator per language is built once per JVM and cloned
 * per call, because ICU iterators keep their position and text as state.
 */
public final class SentenceSplitter {

    private static final Pattern MARKER_REST = Pattern.compile("\\^?[\\p{L}\\p{N}_-]{1,12}]\\s*");

    /**
     * One template per language for the whole JVM: building one (ICU's rules and the abbreviation filter) is the
     * costly part of a first split, and a template is never used itself, only cloned.
     */
    private static final Map<String, BreakIterator> TEMPLATES = new ConcurrentHashMap<>();

    public SentenceSplitter() {
        for (String language : List.of("en", "es", "de")) {
            template(language);
        }
    }

    /**
     * The sentences of {@code text}, trimmed, in order, without blank ones.
     *
     * @param languageTag a BCP 47 tag such as "en" or "es-AR"; null or unknown falls back to ICU's root rules
     */
    public List<String> split(String text, String languageTag) {
        Objects.requireNonNull(text, "text");
        BreakIterator iterator = (BreakIterator) template(languageOf(languageTag)).clone();
        iterator.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            pieces.add(text.substring(start, end));
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : ClinicalAbbreviations.rejoin(reattachFootnoteMarkers(pieces))) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return List.copyOf(sentences);
    }

    /**
     * ICU treats the "[" of a footnote marker after a full stop ("a fifth.[1] Next") as closing punctuation and breaks
     * after it; the marker belongs to the sentence it cites.
     */
    private static List<String> reattachFootnoteMarkers(List<String> pieces) {
        List<String> fixed = new ArrayList<>(pieces);
        for (int i = 0; i + 1 < fixed.size(); i++) {
            Matcher marker = MARKER_REST.matcher(fixed.get(i + 1));
            if (fixed.get(i).endsWith("[") && marker.lookingAt()) {
                fixed.set(i, fixed.get(i) + marker.group());
                fixed.set(i + 1, fixed.get(i + 1).substring(marker.end()));
            }
        }
        return fixed;
    }

    private BreakIterator template(String language) {
        return TEMPLATES.computeIfAbsent(language, SentenceSplitter::filteredIterator);
    }

    private static BreakIterator filteredIterator(String language) {
        ULocale locale = new ULocale(language);
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        ClinicalAbbreviations.forIcuFilter().forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    private static String languageOf(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "en";
        }
        String language = ULocale.forLanguageTag(languageTag.strip()).getLanguage();
        return language.isEmpty() ? "root" : language;
    }
}
