package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStampTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path temp;

    @Property(tries = 300)
    void whatIsWrittenIsReadBack(@ForAll String source, @ForAll @IntRange(min = 0, max = 100000) int line,
                                 @ForAll String message, @ForAll String fix, @ForAll String summary,
                                 @ForAll String fileName) throws IOException {
        Path folder = Files.createTempDirectory("stamp");
        try {
            String name = "a/" + fileName.replace("/", "").replace("\u0000", "") + ".txt";
            RunStamp stamp = new RunStamp("key", NOW.minusSeconds(60), NOW.plusSeconds(60), summary,
                    List.of(Problem.warning(source, line, message, fix)), false,
                    Map.of(name, new RunStamp.FileState(12, 1234567)));
            stamp.write(folder.resolve("stamp.txt"));

            assertEquals(Optional.of(stamp), RunStamp.read(folder.resolve("stamp.txt")));
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void holdsOnlyForTheSameKeyInsideItsSpanWithItsFilesUntouched() throws IOException {
        Path site = temp.resolve("site");
        write(site.resolve("index.html"), "home");
        write(site.resolve("posts/a/index.html"), "a");
        RunStamp stamp = new RunStamp("k1", NOW.minusSeconds(3600), NOW.plusSeconds(3600), "2 pages", List.of(),
                true, RunStamp.snapshotTree(site));

        assertTrue(stamp.holds("k1", NOW, site));
        assertTrue(stamp.holds("k1", NOW.minusSeconds(3600), site), "from is inside the span");
        assertFalse(stamp.holds("k2", NOW, site), "other inputs");
        assertFalse(stamp.holds("k1", NOW.plusSeconds(3600), site), "until is outside the span");
        assertFalse(stamp.holds("k1", NOW.minusSeconds(3601), site), "before the span");

        Files.setLastModifiedTime(site.resolve("index.html"), FileTime.from(NOW));
        assertFalse(stamp.holds("k1", NOW, site), "a file touched");
    }

    @Test
    void aTreeStampEndsWhenAFileIsAddedOrRemoved() throws IOException {
        Path site = temp.resolve("site");
        write(site.resolve("index.html"), "home");
        RunStamp stamp = new RunStamp("k", RunStamp.DAWN, RunStamp.NEVER, "", List.of(), true,
                RunStamp.snapshotTree(site));
        write(site.resolve("stray.html"), "not made by the build");
        assertFalse(stamp.holds("k", NOW, site));
        Files.delete(site.resolve("stray.html"));
        assertTrue(stamp.holds("k", NOW, site));
        Files.delete(site.resolve("index.html"));
        assertFalse(stamp.holds("k", NOW, site));
    }

    @Test
    void aFilesStampLooksOnlyAtItsFiles() throws IOException {
        Path work = temp.resolve("work");
        write(work.resolve("campaign.json"), "{}");
        RunStamp stamp = new RunStamp("k", RunStamp.DAWN, RunStamp.NEVER, "", List.of(), false,
                RunStamp.snapshotFiles(work, List.of("campaign.json")));
        write(work.resolve("other.txt"), "another stage's file");
        assertTrue(stamp.holds("k", NOW, work));
        Files.writeString(work.resolve("campaign.json"), "{\"edited\":true}");
        assertFalse(stamp.holds("k", NOW, work), "its file was changed");
        Files.delete(work.resolve("campaign.json"));
        assertFalse(stamp.holds("k", NOW, work), "its file is gone");
    }

    @Test
    void aMissingTruncatedOrForeignStampIsNoStamp() throws IOException {
        assertEquals(Optional.empty(), RunStamp.read(temp.resolve("none.txt")));
        write(temp.resolve("half.txt"), "rounds-stamp 1\nkey\n");
        assertEquals(Optional.empty(), RunStamp.read(temp.resolve("half.txt")));
        write(temp.resolve("odd.txt"), "rounds-stamp 1\nkey\nnot-a-time x\nsummary\ntree\n");
        assertEquals(Optional.empty(), RunStamp.read(temp.resolve("odd.txt")));
        write(temp.resolve("other.txt"), "rounds-manifest 1 abc\n");
        assertEquals(Optional.empty(), RunStamp.read(temp.resolve("other.txt")));
    }

    @Test
    void aStampIsReadOnlyWithDigestsOfThisBuildsAlgorithm() throws IOException {
        Path post = temp.resolve("posts/a.md");
        write(post, "---\ntitle: A\n---\nBody.\n");
        RunStamp.FileState state = RunStamp.stateOf(post);
        String digest = Digests.ofFile(post);
        RunStamp stamp = new RunStamp("k", RunStamp.DAWN, RunStamp.NEVER, "1 post", List.of(), false, Map.of(),
                Map.of(post.toString(), new RunStamp.FileDigest(state.size(), state.modified(), digest)));
        Path file = temp.resolve("build-stamp.txt");
        stamp.write(file);
        String text = Files.readString(file);
        assertEquals("rounds-stamp 2 " + Digests.ALGORITHM, text.substring(0, text.indexOf('\n')),
                "the header names the digests' algorithm");
        assertEquals(stamp.inputs(), RunStamp.read(file).orElseThrow().inputs(), "this build's stamp is read");

        // The same stamp as version 1 wrote it (its digests were SHA-256), and as a build on a runtime with the other
        // algorithm would: taken as this build's, its digests would stand for unchanged files' bytes.
        String other = Digests.ALGORITHM.equals("MD5") ? "SHA-256" : "MD5";
        for (String header : List.of("rounds-stamp 1", "rounds-stamp 2 " + other, "rounds-stamp 2")) {
            Files.writeString(file, header + text.substring(text.indexOf('\n')));
            assertEquals(Optional.empty(), RunStamp.read(file), header);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
