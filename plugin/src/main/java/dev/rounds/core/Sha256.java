package dev.rounds.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text (UTF-8), as lower-case hex: the digest behind what leaves a build's own files (teasers' ids, the
 * ledger's text hash) and some of the campaign's keys. A build's own change checks use {@link Digests}.
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
