package dev.rounds.guard;

/**
 * A text about to be scanned, with what the rules' prefilters ({@link Rule#mayMatch}) ask of it found in one pass:
 * the longest runs of ASCII digits and of {@code [A-Z0-9]}, whether a colon follows a hex digit, and which
 * {@link TriggerWords} occur (found down a trie). Before, each of the 26 rules walked the text for itself.
 */
final class ScannedText {

    private final String text;
    private final boolean[] words;
    private final int digitRun;
    private final int upperOrDigitRun;
    private final boolean hexColon;

    ScannedText(String text) {
        this.text = text;
        int digits = 0;
        int longestDigits = 0;
        int upperOrDigits = 0;
        int longestUpperOrDigits = 0;
        boolean hexThenColon = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean upper = c >= 'A' && c <= 'Z';
            digits = digit ? digits + 1 : 0;
            upperOrDigits = digit || upper ? upperOrDigits + 1 : 0;
            longestDigits = Math.max(longestDigits, digits);
            longestUpperOrDigits = Math.max(longestUpperOrDigits, upperOrDigits);
            hexThenColon |= c == ':' && i > 0 && isHexDigit(text.charAt(i - 1));
        }
        this.words = TriggerWords.find(text);
        this.digitRun = longestDigits;
        this.upperOrDigitRun = longestUpperOrDigits;
        this.hexColon = hexThenColon;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'f';
    }

    /** Whether a colon follows an ASCII hex digit somewhere in the text. */
    boolean hasHexColon() {
        return hexColon;
    }

    String text() {
        return text;
    }

    /** Whether {@code length} ASCII digits stand in a row (or, not only digits, characters of [A-Z0-9]). */
    boolean hasRun(int length, boolean digitsOnly) {
        return (digitsOnly ? digitRun : upperOrDigitRun) >= length;
    }

    /** Whether the text contains any of the group's words, in any ASCII case, as {@code (?i)} matches them. */
    boolean containsAny(TriggerWords.Group group) {
        return TriggerWords.any(words, group);
    }

    boolean contains(String part) {
        return text.contains(part);
    }

    boolean contains(char c) {
        return text.indexOf(c) >= 0;
    }
}
