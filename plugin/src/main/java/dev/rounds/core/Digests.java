package dev.rounds.core;

import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HexFormat;

/**
 * The digest of a build's files, page models and inputs (and of the campaign key made from the plans), fed piece by
 * piece; each piece is length-prefixed so that ("ab","c") and ("a","bc") differ. One digest is taken once
 * ({@link #hex()}); its engine and buffers then go back to its thread's spares for the next.
 * <p>
 * It is MD5 ({@link #ALGORITHM}): these digests tell whether something changed since the last build, and are never a
 * tweet's id, a finding's id, the ledger's hash of a text or anything else that leaves the build's own files (those
 * are {@link Sha256}'s). MD5 is seven times as fast as SHA-256 where the JIT stops at its first tier
 * ({@code -XX:TieredStopAtLevel=1}, as the README advises): there the JVM computes SHA-256 in Java, its use of the
 * processor's SHA instructions being the optimising compiler's alone (73 MB of posts: 2.4 s against 0.34 s, one
 * thread). A fresh checkout of 10,000 posts, each post read and digested again, went from 1.98 s to 1.78 s (medians
 * of six). Like Gradle's file hashes, it stands guard against accidents, not against someone who forges two posts
 * with one digest to keep an edit off the site.
 */
public final class Digests {

    /** An engine ({@link #ALGORITHM}) with its buffers: what a digest needs, kept between digests on one thread. */
    private static final class Engine {
        private final MessageDigest digest;
        /** The decimal length and colon before each piece, written from the end. */
        private final byte[] prefix = new byte[12];
        private byte[] ascii = new byte[128];

        private Engine(MessageDigest digest) {
            this.digest = digest;
        }
    }

    /** The algorithm of every digest: {@link #algorithm()}. */
    public static final String ALGORITHM = algorithm();

    /** A fresh engine to copy: a copy is far cheaper than a look-up among the security providers. */
    private static final MessageDigest FRESH = create();

    /**
     * Each thread's engines not in use. A build takes hundreds of thousands of digests, each of which used to copy an
     * engine and allocate its buffers (about 40 MB for one edited post among 10,000). A digest dropped before its
     * {@link #hex()} (a model that cannot be digested) simply leaves its engine to the garbage collector.
     */
    private static final ThreadLocal<ArrayDeque<Engine>> SPARE = ThreadLocal.withInitial(ArrayDeque::new);
    /** Engines kept per thread: more than digests nested at once. */
    private static final int KEPT = 8;
    /** A text buffer grown past this for one long piece is not kept for the next digest. */
    private static final int MAX_KEPT_BUFFER = 1 << 16;

    private Engine engine;

    public Digests() {
        Engine spare = SPARE.get().poll();
        engine = spare != null ? spare : new Engine(copyOfFresh());
    }

    private static MessageDigest copyOfFresh() {
        try {
            return (MessageDigest) FRESH.clone();
        } catch (CloneNotSupportedException notThisProvider) {
            return create();
        }
    }

    private static MessageDigest create() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("The Java runtime offered " + ALGORITHM + " a moment ago", impossible);
        }
    }

    /**
     * MD5, or SHA-256 where the Java runtime offers no MD5 (Java has not had to since version 14, and a FIPS-restricted
     * runtime leaves it out). What a stamp's digests are made with is in its header ({@code RunStamp}).
     */
    private static String algorithm() {
        try {
            MessageDigest.getInstance("MD5");
            return "MD5";
        } catch (NoSuchAlgorithmException notOffered) {
            return "SHA-256";
        }
    }

    private Engine engine() {
        if (engine == null) {
            throw new IllegalStateException("This digest was already taken; start a new one.");
        }
        return engine;
    }

    @SuppressWarnings("deprecation")
    public Digests add(String text) {
        // Digests, paths and numbers are ASCII: copied into one reused buffer rather than a new array per piece (a
        // build digests hundreds of thousands of pieces, and the garbage collector had to sweep up every one).
        Engine engine = engine();
        int length = text.length();
        if (length > engine.ascii.length) {
            engine.ascii = new byte[Math.max(length, engine.ascii.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                return add(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        text.getBytes(0, length, engine.ascii, 0);
        return add(engine.ascii, length);
    }

    public Digests add(byte[] bytes) {
        return add(bytes, bytes.length);
    }

    /** The first {@code length} bytes, after their count in decimal and a colon. */
    private Digests add(byte[] bytes, int length) {
        Engine engine = engine();
        byte[] prefix = engine.prefix;
        int at = prefix.length;
        prefix[--at] = ':';
        int rest = length;
        do {
            prefix[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        engine.digest.update(prefix, at, prefix.length - at);
        engine.digest.update(bytes, 0, length);
        return this;
    }

    /** A file's bytes, or a marker that it is missing. */
    public Digests addFile(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? add(Files.readAllBytes(file)) : add("(none)");
        } catch (IOException unreadable) {
            throw new RoundsException("Cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }

    /** The digest of every piece added; this digest takes no more pieces. */
    public String hex() {
        Engine used = engine();
        engine = null;
        // digest() leaves the engine reset, ready for the next digest of this thread.
        String hex = HexFormat.of().formatHex(used.digest.digest());
        ArrayDeque<Engine> spare = SPARE.get();
        if (used.ascii.length > MAX_KEPT_BUFFER) {
            used.ascii = new byte[128];
        }
        if (spare.size() < KEPT) {
            spare.push(used);
        }
        return hex;
    }

    public static String ofFile(Path file) {
        return new Digests().addFile(file).hex();
    }
}
