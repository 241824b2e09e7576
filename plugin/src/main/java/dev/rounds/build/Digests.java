package dev.rounds.build;

import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, fed piece by piece; each piece is length-prefixed so that ("ab","c") and ("a","bc") differ. */
final class Digests {

    private final MessageDigest sha;
    /** The decimal length and colon before each piece, written from the end. */
    private final byte[] prefix = new byte[12];
    private byte[] ascii = new byte[128];

    /** A fresh SHA-256 to copy: a copy is far cheaper than a look-up among the security providers. */
    private static final MessageDigest FRESH = create();

    Digests() {
        MessageDigest copy;
        try {
            copy = (MessageDigest) FRESH.clone();
        } catch (CloneNotSupportedException notThisProvider) {
            copy = create();
        }
        sha = copy;
    }

    private static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    @SuppressWarnings("deprecation")
    Digests add(String text) {
        // Digests, paths and numbers are ASCII: copied into one reused buffer rather than a new array per piece (a
        // build digests hundreds of thousands of pieces, and the garbage collector had to sweep up every one).
        int length = text.length();
        if (length > ascii.length) {
            ascii = new byte[Math.max(length, ascii.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                return add(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        text.getBytes(0, length, ascii, 0);
        return add(ascii, length);
    }

    Digests add(byte[] bytes) {
        return add(bytes, bytes.length);
    }

    /** The first {@code length} bytes, after their count in decimal and a colon. */
    private Digests add(byte[] bytes, int length) {
        int at = prefix.length;
        prefix[--at] = ':';
        int rest = length;
        do {
            prefix[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        sha.update(prefix, at, prefix.length - at);
        sha.update(bytes, 0, length);
        return this;
    }

    /** A file's bytes, or a marker that it is missing. */
    Digests addFile(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? add(Files.readAllBytes(file)) : add("(none)");
        } catch (IOException unreadable) {
            throw new RoundsException("Cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    static String ofFile(Path file) {
        return new Digests().addFile(file).hex();
    }
}
