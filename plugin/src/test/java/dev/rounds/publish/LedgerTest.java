package dev.rounds.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    private static final Instant RUN = Instant.parse("2026-11-25T15:00:00Z");

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedFormatSortedById() throws Exception {
        Path file = dir.resolve("ledger.json");
        Ledger ledger = Ledger.load(file);
        ledger.put("c3d4e5f6a1b2", new LedgerEntry(LedgerState.DUPLICATE, RUN, null, "twitter", LedgerEntry.hash("foo")));
        ledger.put("a1b2c3d4e5f6", new LedgerEntry(LedgerState.SENT, Instant.parse("2026-11-25T13:31:02Z"),
                "1861234567890123456", "twitter", LedgerEntry.hash("bar")));
        ledger.put("b2c3d4e5f6a1", new LedgerEntry(LedgerState.SKIPPED_STALE, RUN, null, "outbox", LedgerEntry.hash("baz")));
        ledger.put("0f9e8d7c6b5a", new LedgerEntry(LedgerState.IN_FLIGHT, RUN, null, "twitter", LedgerEntry.hash("foo")));

        assertEquals(golden("ledger-golden.json"), normalised(Files.readString(file)));
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = dir.resolve("ledger.json");
        Files.writeString(file, golden("ledger-golden.json"));

        Ledger ledger = Ledger.load(file);

        assertEquals(4, ledger.entries().size());
        LedgerEntry sent = ledger.entry("a1b2c3d4e5f6").orElseThrow();
        assertEquals(LedgerState.SENT, sent.state());
        assertEquals("1861234567890123456", sent.remoteId());
        assertEquals(LedgerState.IN_FLIGHT, ledger.entry("0f9e8d7c6b5a").orElseThrow().state());
    }

    @Test
    void everyChangeIsOnDiskAtOnceAndNoTemporaryFileIsLeft() throws Exception {
        Path file = dir.resolve("nested/ledger.json");
        Ledger ledger = Ledger.load(file);

        ledger.put("x", new LedgerEntry(LedgerState.IN_FLIGHT, RUN, null, "twitter", "h"));
        assertEquals(LedgerState.IN_FLIGHT, Ledger.load(file).entry("x").orElseThrow().state());
        ledger.put("x", new LedgerEntry(LedgerState.SENT, RUN, "9", "twitter", "h"));
        assertEquals("9", Ledger.load(file).entry("x").orElseThrow().remoteId());
        ledger.remove("x");
        assertTrue(Ledger.load(file).entries().isEmpty());

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aMissingLedgerIsEmpty() {
        assertTrue(Ledger.load(dir.resolve("none.json")).entries().isEmpty());
    }

    @Test
    void anUnreadableLedgerStopsTheRunInsteadOfStartingAfresh() throws Exception {
        Path file = dir.resolve("ledger.json");
        Files.writeString(file, "{ \"version\": 1, \"entries\": { \"a\": { \"state\": \"sen");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ledger.load(file));
        assertTrue(e.getMessage().contains("do not delete it"), e.getMessage());

        Files.writeString(file, "{ \"version\": 1, \"entries\": { \"a\": { \"state\": \"posted\", \"at\": \"2026-11-25T15:00:00Z\" } } }");
        assertThrows(InvalidInputException.class, () -> Ledger.load(file));

        Files.writeString(file, "{ \"version\": 2, \"entries\": {} }");
        assertThrows(InvalidInputException.class, () -> Ledger.load(file));
    }

    @Test
    void aDetachedCopyNeverWrites() {
        Path file = dir.resolve("ledger.json");
        Ledger copy = Ledger.load(file).detachedCopy();
        copy.put("x", new LedgerEntry(LedgerState.SENT, RUN, "1", "twitter", "h"));
        assertTrue(copy.entry("x").isPresent());
        assertFalse(Files.exists(file));
    }

    @Property(tries = 50)
    void anyEntriesSurviveTheRoundTrip(@ForAll @Size(max = 8) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 16) String> ids,
                                       @ForAll LedgerState state, @ForAll @StringLength(max = 30) String text)
            throws IOException {
        Path folder = Files.createTempDirectory("ledger");
        try {
            Path file = folder.resolve("ledger.json");
            Ledger ledger = Ledger.load(file);
            for (String id : ids) {
                ledger.put(id, new LedgerEntry(state, RUN, state == LedgerState.SENT ? "r-" + id : null, "twitter",
                        LedgerEntry.hash(text)));
            }
            assertEquals(ledger.entries(), Ledger.load(file).entries());
        } finally {
            // jqwik makes a folder per try; leave none behind in the system's temp folder
            try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = LedgerTest.class.getResourceAsStream("/publish/" + name)) {
            return normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String normalised(String json) {
        return json.replace("\r\n", "\n").strip();
    }
}
