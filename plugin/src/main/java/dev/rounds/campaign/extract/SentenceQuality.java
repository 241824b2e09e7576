package dev.rounds.campaign.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges whether a sentence can stand alone in a tweet, read by someone who has not read the post. The tests are
 * deliberately rough (no parser): they only need to push "This is why we stopped." below a sentence that says what
 * it means.
 */
final class SentenceQuality {

    /** First words that point back to something the reader has not seen. */
    private static final Set<String> CONTEXT_OPENERS = Set.of(
            "this", "it", "these", "that", "he", "she", "they", "those", "such", "here", "so", "but", "and", "also",
            "however", "therefore", "thus", "his", "her", "its", "their", "him", "them",
            "esto", "eso", "esta", "este", "estos", "estas", "ello", "su", "sus", "pero", "también", "así", "aquí",
            "dies", "diese", "dieser", "dieses", "deshalb", "daher", "aber", "und", "auch", "hier", "sein", "seine", "ihr", "ihre");

    /** Common verbs and auxiliaries, so that a sentence without any of them reads as a fragment. */
    private static final Set<String> VERBS = Set.of(
            "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did", "can", "could",
            "should", "would", "will", "shall", "may", "might", "must", "need", "get", "got", "make", "made", "take",
            "took", "give", "gave", "use", "see", "saw", "know", "knew", "think", "find", "found", "keep", "let",
            "avoid", "consider", "start", "stop", "check", "titrate", "monitor", "prescribe", "treat", "test",
            "measure", "repeat", "refer", "reduce", "increase", "switch", "continue", "hold", "add", "remember",
            "ask", "screen", "offer", "discuss", "explain", "review", "watch", "look", "try", "aim", "cut", "put",
            "es", "son", "era", "fue", "fueron", "está", "están", "hay", "ha", "han", "puede", "pueden", "debe",
            "deben", "tiene", "tienen", "hace", "hacen", "sirve", "evite",
            "ist", "sind", "war", "waren", "hat", "haben", "hatte", "wird", "werden", "wurde", "kann", "können",
            "soll", "sollte", "sollten", "muss", "müssen", "darf", "gibt", "bleibt", "hilft");

    /** Endings of verb forms: a token of letters that ends in one, after at least two letters, reads as a verb. */
    static final List<String> EN_VERB_ENDINGS = List.of("ed", "ing", "s");
    static final List<String> ES_VERB_ENDINGS = List.of("ar", "er", "ir", "ado", "ido", "ando", "iendo", "an", "en",
            "ó", "mos", "aba", "ía");
    static final List<String> DE_VERB_ENDINGS = List.of("t", "en", "te", "ten");

    /** Unsafe residue of markup the markdown stage should already have removed (template tags, code, tables). */
    private static final Pattern MARKUP = Pattern.compile("\\{\\{|\\{%|<!--|`|\\|[^|]*\\|");


    static final int TOO_SHORT_WORDS = 6;
    static final int TOO_LONG_WORDS = 60;
    private static final int FRAGMENT_WORDS = 5;

    private SentenceQuality() {
    }

    /**
     * Whether the sentence leans on what came before: it opens with a pointing word, answers the question before it,
     * or is a fragment.
     */
    static boolean needsContext(String sentence, String previousSentence, String language) {
        return needsContext(sentence, Words.tokens(sentence), previousSentence, language);
    }

    /** {@link #needsContext(String, String, String)} for a sentence whose {@link Words#tokens} are at hand. */
    static boolean needsContext(String sentence, List<String> tokens, String previousSentence, String language) {
        return opensWithContextWord(sentence) || (previousSentence != null && isQuestion(previousSentence))
                || isFragment(tokens, language) || continuesSomething(sentence) || introducesSomething(sentence);
    }

    /** A sentence that starts in lower case continues a list item or a clause the reader has not seen. */
    static boolean continuesSomething(String sentence) {
        int first = sentence.codePointAt(0);
        return Character.isLowerCase(first);
    }

    /** A sentence that ends with a colon announces a list or a quotation that the tweet would not carry. */
    static boolean introducesSomething(String sentence) {
        return endsWithBeforeClosers(sentence, ':');
    }

    static boolean opensWithContextWord(String sentence) {
        return CONTEXT_OPENERS.contains(Words.firstWord(sentence).toLowerCase(Locale.ROOT));
    }

    static boolean isQuestion(String sentence) {
        return endsWithBeforeClosers(sentence, '?');
    }

    /**
     * Whether {@code mark} ends the sentence once closing quotes, brackets and spaces are set aside: what removing the
     * regex {@code [\s"'”’»)\]]+$} and asking {@code endsWith(mark)} says (its {@code $} also matches before a final
     * line break outside the set, but then the text still ends in that break and the answer is no either way), in one
     * backward step per closer instead of a regex tried at every character. {@code WordsAndQualityTest} holds the two
     * to agree.
     */
    static boolean endsWithBeforeClosers(String sentence, char mark) {
        int end = sentence.length();
        while (end > 0 && isCloser(sentence.charAt(end - 1))) {
            end--;
        }
        return end > 0 && sentence.charAt(end - 1) == mark;
    }

    /** A closer: {@code \s} (ASCII) and {@code "'”’»)]}. */
    private static boolean isCloser(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '"' || c == '\'' || c == '”' || c == '’' || c == '»'
                || c == ')' || c == ']';
    }

    static boolean isFragment(String sentence, String language) {
        return isFragment(Words.tokens(sentence), language);
    }

    private static boolean isFragment(List<String> tokens, String language) {
        return tokens.size() < FRAGMENT_WORDS || tokens.stream().noneMatch(t -> isVerbish(t, language));
    }

    static boolean hasMarkup(String text) {
        // Every alternative of MARKUP holds one of these characters; most sentences hold none.
        return (text.indexOf('{') >= 0 || text.indexOf('<') >= 0 || text.indexOf('`') >= 0 || text.indexOf('|') >= 0)
                && MARKUP.matcher(text).find();
    }

    /**
     * Too short to say much, or too long to tweet, ranks lower. A sentence that fits a teaser whole (with its link)
     * beats one the composer would have to cut: readers trust a whole sentence more than one that ends in "…".
     */
    static double lengthFactor(String sentence) {
        return lengthFactor(sentence, Words.tokens(sentence).size());
    }

    /** {@link #lengthFactor(String)} for a sentence whose number of {@link Words#tokens} is known. */
    static double lengthFactor(String sentence, int words) {
        if (words < TOO_SHORT_WORDS) {
            return 0.5;
        }
        if (words > TOO_LONG_WORDS) {
            return 0.3;
        }
        int characters = sentence.codePointCount(0, sentence.length());
        if (characters <= TWEETABLE_CHARACTERS) {
            return 1.0;
        }
        return characters <= 2 * TWEETABLE_CHARACTERS ? 0.7 : 0.45;
    }

    /** What is left of 140 after a link (23), its space, and room for one hashtag. */
    static final int TWEETABLE_CHARACTERS = 100;

    private static boolean isVerbish(String token, String language) {
        if (VERBS.contains(token)) {
            return true;
        }
        String primary = language.toLowerCase(Locale.ROOT);
        if (primary.startsWith("es")) {
            return hasVerbEnding(token, ES_VERB_ENDINGS);
        }
        if (primary.startsWith("de")) {
            return hasVerbEnding(token, DE_VERB_ENDINGS);
        }
        return hasVerbEnding(token, EN_VERB_ENDINGS);
    }

    /**
     * Whether the token is letters only and ends in one of {@code endings} after at least two letters: what the regex
     * {@code \p{L}{2,}(ending|...)} matches whole, without a regex per token ({@code WordsProperties} holds the two
     * to agree). The endings are letters of one UTF-16 unit each.
     */
    static boolean hasVerbEnding(String token, List<String> endings) {
        int letters = 0;
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            letters++;
            i += Character.charCount(c);
        }
        for (String ending : endings) {
            if (letters - ending.length() >= 2 && token.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
