package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Problems;
import dev.rounds.source.Author;
import dev.rounds.source.AuthorsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authors a full build read, kept for the edit builds that read the same authors file with the same code, and for no other build. */
class AuthorsCacheTest {

    @TempDir
    Path folder;

    @Test
    void givesBackWhatWasReadUnderTheSameFingerprintOnly() throws IOException {
        Path yaml = folder.resolve("authors.yml");
        Files.writeString(yaml, """
                halloran:
                  name: Maeve Halloran
                  credentials: MD, FACP
                  role: Attending physician
                  links:
                    - https://example.org/people/maeve-halloran
                  twitter: "@roundsnotes_mh"
                okafor:
                  name: Tunde Okafor
                  credentials: PharmD
                """);
        Problems problems = new Problems();
        Map<String, Author> read = new AuthorsReader().read(yaml, "authors.yml", problems);
        assertTrue(problems.all().isEmpty(), problems.all().toString());
        assertEquals(2, read.size());
        Path kept = folder.resolve("work").resolve(AuthorsCache.FILE);

        AuthorsCache.write(kept, "key-a", read);
        Map<String, Author> again = AuthorsCache.read(kept, "key-a").orElseThrow();
        assertEquals(read, again);
        assertEquals(List.of("halloran", "okafor"), List.copyOf(again.keySet()), "in the file's order");
        assertEquals("Maeve Halloran, MD, FACP", again.get("halloran").displayName());

        assertFalse(AuthorsCache.read(kept, "key-b").isPresent(), "another key: other authors");
        AuthorsCache.write(kept, "key-b", Map.of());
        assertEquals(Map.of(), AuthorsCache.read(kept, "key-b").orElseThrow(), "a blog without authors");
        assertFalse(AuthorsCache.read(kept, "key-a").isPresent(), "replaced");

        Files.write(kept, new byte[] {0, 3, 'x'});
        assertFalse(AuthorsCache.read(kept, "key-b").isPresent(), "unreadable");
        assertFalse(AuthorsCache.read(folder.resolve("none.bin"), "key-b").isPresent(), "missing");

        // A place it cannot be written to: the build goes on, and nothing is taken from there.
        Path blocked = folder.resolve("blocked");
        Files.createDirectories(blocked.resolve("inside"));
        AuthorsCache.write(blocked, "key-a", read);
        assertFalse(AuthorsCache.read(blocked, "key-a").isPresent(), "not written");
    }
}
