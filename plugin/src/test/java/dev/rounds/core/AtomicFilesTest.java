package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file replaced whole or not at all, with the mode a new file gets, and nothing left beside it. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aWrittenFileHoldsTheBodyAndTheUsualMode() throws IOException {
        Path target = folder.resolve("deep/er/campaign.json");

        AtomicFiles.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

        assertArrayEquals("{}\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        Path usual = Files.createFile(folder.resolve("usual"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
        assertEquals(List.of(target.getFileName()), names(target.getParent()));
    }

    @Test
    void aBodyThatFailsLeavesTheOldFileAndNothingBesideIt() throws IOException {
        Path target = folder.resolve("campaign-slots.bin");
        Files.writeString(target, "the last plan");

        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of a new pl".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("the last plan", Files.readString(target));
        assertEquals(List.of(target.getFileName()), names(folder));
    }

    private static List<Path> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }
}
