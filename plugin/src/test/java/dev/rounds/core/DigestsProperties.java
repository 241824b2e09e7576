package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rounds.core.RecordShape;
import dev.rounds.credibility.CredibilitySettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every incremental decision rests on {@link Digests}: its pieces must be fed exactly as documented (the UTF-8 byte
 * count in decimal, a colon, the bytes), whatever the text, however long, and however many pieces one digest takes
 * (its buffer is reused from piece to piece). Checked against MD5 fed by hand.
 */
class DigestsProperties {

    @Property(tries = 400)
    void piecesAreFedAsCountColonBytes(@ForAll("pieces") List<String> pieces) throws Exception {
        Digests digests = new Digests();
        MessageDigest expected = MessageDigest.getInstance("MD5");
        for (String piece : pieces) {
            digests.add(piece);
            byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
            expected.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            expected.update(bytes);
        }
        assertEquals(HexFormat.of().formatHex(expected.digest()), digests.hex(), () -> "pieces " + pieces);
    }

    /**
     * A thread's MD5 engines are reused from digest to digest: digests taken one inside another, one after
     * another, with long pieces between them, each still give MD5 of their own pieces alone.
     */
    @Property(tries = 300)
    void digestsTakenInsideAndAfterOthersDoNotMix(@ForAll("pieces") List<String> outer,
                                                  @ForAll("pieces") List<String> inner,
                                                  @ForAll("pieces") List<String> after,
                                                  @ForAll @IntRange(min = 0, max = 12) int split) throws Exception {
        int cut = Math.min(split, outer.size());
        Digests first = new Digests();
        outer.subList(0, cut).forEach(first::add);
        Digests second = new Digests();
        inner.forEach(second::add);
        assertEquals(expected(inner), second.hex(), "the inner digest");
        outer.subList(cut, outer.size()).forEach(first::add);
        assertEquals(expected(outer), first.hex(), "the outer digest");
        Digests third = new Digests();
        after.forEach(third::add);
        assertEquals(expected(after), third.hex(), "a digest after both");
    }

    @Example
    void aDigestIsTakenOnce() {
        Digests digest = new Digests().add("a");
        String hex = digest.hex();
        assertEquals(32, hex.length(), "MD5: 128 bits in hex");
        assertThrows(IllegalStateException.class, digest::hex);
        assertThrows(IllegalStateException.class, () -> digest.add("b"));
        assertEquals(hex, new Digests().add("a").hex(), "a digest after it starts afresh");
    }

    /**
     * A digest dropped before it is taken, one finished on another thread than the one it started on, and one fed a
     * piece longer than the buffer kept between digests leave nothing behind: each next digest is MD5 of its own
     * pieces.
     */
    @Example
    void droppedMovedAndLongDigestsLeaveNothingBehind() throws Exception {
        new Digests().add("dropped before it was taken");
        assertEquals(expected(List.of("next")), new Digests().add("next").hex(), "after a dropped digest");

        Digests started = new Digests().add("started here");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertEquals(expected(List.of("started here", "finished there")),
                    other.submit(() -> started.add("finished there").hex()).get(), "finished on another thread");
            assertEquals(expected(List.of("on that thread")),
                    other.submit(() -> new Digests().add("on that thread").hex()).get(), "after it, there");
        } finally {
            other.shutdown();
        }
        assertEquals(expected(List.of("here")), new Digests().add("here").hex(), "after it, here");

        String longPiece = "x".repeat(70_000);
        assertEquals(expected(List.of("a", longPiece, "b")), new Digests().add("a").add(longPiece).add("b").hex(),
                "a piece longer than the kept buffer");
        assertEquals(expected(List.of("short", "x".repeat(200))), new Digests().add("short").add("x".repeat(200))
                .hex(), "the digest after it");
    }

    private static String expected(List<String> pieces) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        for (String piece : pieces) {
            byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
            md5.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            md5.update(bytes);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    @Property(tries = 100)
    void textAndItsBytesDigestAlike(@ForAll("pieces") List<String> pieces) {
        Digests asText = new Digests();
        Digests asBytes = new Digests();
        for (String piece : pieces) {
            asText.add(piece);
            asBytes.add(piece.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(asBytes.hex(), asText.hex());
    }

    /** The inputs' key describes the credibility settings as their toString did, so no stamp is lost to the change. */
    @Property(tries = 100)
    void aRecordIsDescribedAsItsToStringDoes(@ForAll("credibility") CredibilitySettings settings) {
        assertEquals(settings.toString(), RecordShape.describe(settings));
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(40);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40);
        Arbitrary<String> long_ = Arbitraries.strings().ascii().ofMinLength(100).ofMaxLength(3000);
        Arbitrary<String> mixed = Combinators.combine(ascii, any, long_).as((a, b, c) -> a + b + c);
        return Arbitraries.oneOf(ascii, any, latin, long_, mixed).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<CredibilitySettings> credibility() {
        return Combinators.combine(Arbitraries.integers().between(1, 400).injectNull(0.3),
                        Arbitraries.of(CredibilitySettings.Action.class), Arbitraries.of(true, false),
                        Arbitraries.longs().between(1, 100_000), Arbitraries.integers().between(1, 64))
                .as((days, action, links, millis, concurrency) -> new CredibilitySettings(
                        days == null ? null : Period.ofDays(days), action, links, Duration.ofMillis(millis),
                        concurrency));
    }
}
