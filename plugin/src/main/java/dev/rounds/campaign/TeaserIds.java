package dev.rounds.campaign;

import dev.rounds.core.Sha256;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable teaser ids: a hash of the post's path and the key point's words, so that editing one post never changes
 * another post's ids, and the ledger recognises a teaser across builds. The intro's id depends only on the post, so
 * retitling a post does not send its intro again.
 */
public final class TeaserIds {

    private TeaserIds() {
    }

    public static String intro(String post) {
        return hash(post + "\u0000intro");
    }

    public static String of(String post, String keyPoint) {
        String words = keyPoint.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return hash(post + "\u0000" + words);
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(Sha256.digest(text), 0, 6);
    }
}
