package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rounds.core.RunStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folder reaches the site folder whole on a first build, file by file after that. */
class OutputSyncTest {

    @TempDir
    Path dir;

    @Test
    void aFirstBuildMovesTheStagingFolderWholeAndNotesEveryFile() throws IOException {
        Path staging = stage(dir.resolve("work/staging"), Map.of("index.html", "home", "2026/03/a/index.html", "a",
                "2026/03/b/index.html", "b", "css/site.css", "body{}"));
        Path output = dir.resolve("target/site");

        OutputSync.Result result = new OutputSync().sync(staging, output);

        assertFalse(Files.exists(staging), "the staging folder became the site");
        assertEquals(Map.of("index.html", "home", "2026/03/a/index.html", "a", "2026/03/b/index.html", "b",
                "css/site.css", "body{}"), contents(output));
        assertEquals(4, result.written());
        assertEquals(0, result.unchanged());
        assertEquals(0, result.deleted());
        assertEquals(states(output), result.files());
    }

    @Test
    void anEmptySiteFolderIsReplacedLikeAMissingOne() throws IOException {
        Path output = Files.createDirectories(dir.resolve("site"));
        Path staging = stage(dir.resolve("staging"), Map.of("index.html", "home", "tags/x/index.html", "x"));

        OutputSync.Result result = new OutputSync().sync(staging, output);

        assertEquals(Map.of("index.html", "home", "tags/x/index.html", "x"), contents(output));
        assertEquals(states(output), result.files());
    }

    @Test
    void anExistingSiteKeepsUnchangedFilesAndLosesStaleOnes() throws IOException {
        Path output = stage(dir.resolve("site"), Map.of("index.html", "home", "old/index.html", "gone",
                "a/index.html", "a"));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(output.resolve("index.html"), old);
        Path staging = stage(dir.resolve("staging"), Map.of("index.html", "home", "a/index.html", "a, edited"));

        OutputSync.Result result = new OutputSync().sync(staging, output);

        assertEquals(Map.of("index.html", "home", "a/index.html", "a, edited"), contents(output));
        assertEquals(old, Files.getLastModifiedTime(output.resolve("index.html")), "an unchanged page keeps its time");
        assertFalse(Files.exists(output.resolve("old")), "an emptied folder goes too");
        assertEquals(1, result.written());
        assertEquals(1, result.unchanged());
        assertEquals(1, result.deleted());
        assertEquals(states(output), result.files());
    }

    private static Path stage(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return root;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static Map<String, RunStamp.FileState> states(Path root) throws IOException {
        Map<String, RunStamp.FileState> states = new TreeMap<>();
        for (String file : contents(root).keySet()) {
            states.put(file, RunStamp.stateOf(Files.readAttributes(root.resolve(file),
                    java.nio.file.attribute.BasicFileAttributes.class)));
        }
        return states;
    }
}
