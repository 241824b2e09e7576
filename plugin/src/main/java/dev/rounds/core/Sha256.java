package dev.rounds.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text (UTF-8), as lower-case hex: the digest behind what leaves a build's own files (teasers' ids,
 * findings' ids, which authors write into front matter, the ledger's text hash), and behind some of the campaign's
 * keys (plan keys and digests, the campaign files' key, the preview's marks) and the posts' head digests. A build's
 * file, model and input digests are {@link Digests}'.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    public static byte[] digest(String text) {
        return digester().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh SHA-256 digest, for text fed in pieces. */
    public static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
        }
    }
}
