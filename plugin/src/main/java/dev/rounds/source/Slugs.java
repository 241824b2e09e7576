package dev.rounds.source;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lower case, accents removed, words joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    public static String slugify(String text) {
        return isSlug(text) ? text : byRules(text);
    }

    /** The slug by its rules alone, without the shortcut for texts that already are slugs. */
    static String byRules(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "post" : slug;
    }

    /** Whether a text is already a slug (the common case: file names), which slugify leaves as it is. */
    private static boolean isSlug(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!word && (c != '-' || text.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }
}
