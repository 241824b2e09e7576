package dev.rounds.guard;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One regex match and the text around it, for a {@link Judge}. The reported span is one group of the match (the
 * identifier itself, or the identifier with its trigger words); the rest of the match is context.
 */
final class Match {

    /** Words whose trailing full stop does not end a sentence, so "Mr. Alvarez" stays in one sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "pt", "st", "sr", "sra",
            "srta", "jr", "vs", "no", "approx", "mme", "mlle", "e.g", "i.e", "b", "o", "d.o.b", "dob", "fig", "ref");
    /** How far to look for a sentence boundary; longer sentences are cut, which only narrows the context. */
    private static final int SENTENCE_REACH = 300;

    private final String text;
    private final MatchResult result;
    private final int group;
    private final String blogHost;

    Match(String text, MatchResult result, int group, String blogHost) {
        this.text = text;
        this.result = result;
        this.group = group;
        this.blogHost = blogHost;
    }

    /** The blog's own host in lower case, or "" when unknown. */
    String blogHost() {
        return blogHost;
    }

    /** The reported text. */
    String value() {
        return result.group(group);
    }

    int start() {
        return result.start(group);
    }

    int end() {
        return result.end(group);
    }

    /** A group of the whole match, or "" if it did not take part. */
    String group(int index) {
        String value = result.group(index);
        return value == null ? "" : value;
    }

    /** Up to {@code chars} characters before the whole match, within its sentence. */
    String before(int chars) {
        int from = Math.max(sentenceStart(result.start()), result.start() - chars);
        return text.substring(from, result.start());
    }

    /** Up to {@code chars} characters after the whole match, within its sentence. */
    String after(int chars) {
        int to = Math.min(sentenceEnd(result.end()), result.end() + chars);
        return text.substring(result.end(), to);
    }

    /** The sentence the match is in (approximately: a line break inside a paragraph does not end it). */
    String sentence() {
        return text.substring(sentenceStart(result.start()), sentenceEnd(result.end()));
    }

    /** The part of the sentence before the whole match. */
    String sentenceBefore() {
        return text.substring(sentenceStart(result.start()), result.start());
    }

    /** The part of the sentence before the match since the last comma, semicolon, colon or bracket. */
    String clauseBefore() {
        String before = text.substring(sentenceStart(result.start()), result.start());
        int cut = -1;
        for (int i = before.length() - 1; i >= 0; i--) {
            if (",;:()".indexOf(before.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        return before.substring(cut + 1);
    }

    boolean sentenceHas(Pattern cue) {
        return cue.matcher(sentence()).find();
    }

    private int sentenceStart(int from) {
        int limit = Math.max(0, from - SENTENCE_REACH);
        for (int i = from - 1; i >= limit; i--) {
            if (isParagraphBreak(i) || isSentenceEnd(i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private int sentenceEnd(int from) {
        int limit = Math.min(text.length(), from + SENTENCE_REACH);
        for (int i = from; i < limit; i++) {
            if (isParagraphBreak(i)) {
                return i;
            }
            if (isSentenceEnd(i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** A newline followed, after optional blanks, by another newline: Markdown's paragraph break. */
    private boolean isParagraphBreak(int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }

    private boolean isSentenceEnd(int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return c != '.' || !endsAbbreviation(i);
    }

    private boolean endsAbbreviation(int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 || word.matches("(?:[a-z]\\.)+[a-z]");
    }
}
