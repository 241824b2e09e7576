package dev.rounds.campaign.extract;

import java.util.Set;

/**
 * Small English, Spanish and German stop lists, so that similarity is measured on the words that carry meaning.
 * Negations ("not", "no", "nicht", "sin") are kept out on purpose: "statins reduce risk" and "statins do not reduce
 * risk" must not look alike.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            // English
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "by", "for", "with",
            "from", "as", "into", "about", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was",
            "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "i", "we", "you", "he",
            "she", "they", "me", "us", "him", "her", "them", "my", "our", "your", "his", "their", "what", "which",
            "who", "whom", "when", "where", "why", "how", "there", "here", "can", "could", "will", "would", "should",
            "may", "might", "must", "also", "just", "very", "more", "most", "some", "any", "all", "each", "such",
            "only", "own", "same", "too", "s", "t",
            // Spanish
            "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "de", "del", "al", "en", "con", "por",
            "para", "que", "se", "su", "sus", "lo", "le", "les", "es", "son", "fue", "ser", "está", "están", "este",
            "esta", "estos", "estas", "ese", "esa", "eso", "esto", "como", "más", "pero", "si", "ya", "muy", "también",
            "nos", "yo", "tú", "él", "ella", "ellos", "ellas", "mi", "mis", "tu", "tus", "hay", "ha", "han",
            // German
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
            "aber", "zu", "im", "mit", "von", "vom", "für", "auf", "aus", "bei", "nach", "ist", "sind", "war",
            "waren", "wird", "werden", "hat", "haben", "sich", "er", "sie", "wir", "ich", "du", "ihr", "auch",
            "wie", "als", "dass", "noch", "nur", "sehr", "zum", "zur", "um");

    private StopWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
