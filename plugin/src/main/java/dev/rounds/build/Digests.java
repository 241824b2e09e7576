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

    Digests add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    Digests add(byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
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
