package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.core.RecordShape;
import dev.rounds.credibility.CredibilitySettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every incremental decision rests on {@link Digests}: its pieces must be fed exactly as documented (the UTF-8 byte
 * count in decimal, a colon, the bytes), whatever the text, however long, and however many pieces one digest takes
 * (its buffer is reused from piece to piece). Checked against SHA-256 fed by hand.
 */
class DigestsProperties {

    @Property(tries = 400)
    void piecesAreFedAsCountColonBytes(@ForAll("pieces") List<String> pieces) throws Exception {
        Digests digests = new Digests();
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        for (String piece : pieces) {
            digests.add(piece);
            byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
            expected.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            expected.update(bytes);
        }
        assertEquals(HexFormat.of().formatHex(expected.digest()), digests.hex(), () -> "pieces " + pieces);
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
