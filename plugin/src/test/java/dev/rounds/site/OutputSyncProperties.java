package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rounds.core.RunStamp;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the site folder held and whatever the build staged, the sync leaves the site folder holding exactly the
 * staged files with their bytes: a file with other bytes replaced (moved aside, then the new one moved in), an
 * unchanged one kept with its time, a file the build no longer makes removed with the folders it leaves empty, and
 * nothing of the staging folder or of the files moved aside left behind. The counts and the files' states it returns
 * are what the folder holds; with the last build's list of files the result is the same as with a walk, and so it is
 * when each file is replaced with one rename (rounds:serve's). A mirror (rounds:deploy to a folder) leaves the same
 * site and its source as it was.
 */
class OutputSyncProperties {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    /** A site file: one of a few paths (some sharing folders, some nested), and one of a few contents. */
    @Provide
    Arbitrary<Map<String, String>> sites() {
        Arbitrary<String> paths = Arbitraries.of("index.html", "a/index.html", "a/b/index.html", "a/b/c/index.html",
                "tags/x/index.html", "tags/x/page/2/index.html", "tags/y/index.html", "css/site.css", "feed.xml",
                "2026/03/01/post/index.html", "2026/03/02/post/index.html", ".rounds-replaced-0");
        Arbitrary<String> contents = Arbitraries.of("", "one", "two", "one, edited", "x".repeat(70_000));
        return Arbitraries.maps(paths, contents).ofMaxSize(11);
    }

    @Provide
    Arbitrary<String> ways() {
        return Arbitraries.of("two renames", "one rename", "mirror");
    }

    @Property(tries = 300)
    void theSiteFolderEndsAsTheStagedFiles(@ForAll("sites") Map<String, String> before,
                                           @ForAll("sites") Map<String, String> staged,
                                           @ForAll boolean lastOutputsKnown,
                                           @ForAll("ways") String way) throws IOException {
        Path dir = Files.createTempDirectory("rounds-sync");
        try {
            Path output = write(dir.resolve("site"), before);
            for (String file : before.keySet()) {
                Files.setLastModifiedTime(output.resolve(file), OLD);
            }
            Path staging = write(dir.resolve("work/site-staging"), staged);

            OutputSync.Result result = switch (way) {
                case "two renames" -> new OutputSync().sync(staging, output, Map.of(),
                        lastOutputsKnown ? states(output) : null);
                case "one rename" -> new OutputSync(true).sync(staging, output, Map.of(),
                        lastOutputsKnown ? states(output) : null);
                default -> new OutputSync().mirror(staging, output);
            };

            assertEquals(new TreeMap<>(staged), FileTrees.contents(output));
            if (way.equals("mirror")) {
                assertEquals(new TreeMap<>(staged), FileTrees.contents(staging), "a mirror leaves its source");
                FileTrees.delete(staging);
            }
            assertFalse(Files.exists(staging), "nothing is left of the staging folder");
            assertEquals(List.of(), children(dir.resolve("work")), "nothing is left in the work folder");
            assertEquals(List.of(dir.resolve("site"), dir.resolve("work")), children(dir),
                    "nothing is left beside the site and work folders");
            long unchanged = staged.keySet().stream().filter(file -> staged.get(file).equals(before.get(file)))
                    .count();
            for (String file : staged.keySet()) {
                if (staged.get(file).equals(before.get(file))) {
                    assertEquals(OLD, Files.getLastModifiedTime(output.resolve(file)), file + " keeps its time");
                }
            }
            boolean firstBuild = before.isEmpty() && !way.equals("mirror");
            assertEquals(firstBuild ? staged.size() : staged.size() - unchanged, result.written());
            assertEquals(firstBuild ? 0 : unchanged, result.unchanged());
            assertEquals(before.keySet().stream().filter(file -> !staged.containsKey(file)).count(),
                    result.deleted());
            assertEquals(states(output), new TreeMap<>(result.files()));
        } finally {
            FileTrees.delete(dir);
        }
    }

    private static Path write(Path root, Map<String, String> files) throws IOException {
        Files.createDirectories(root);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return root;
    }

    private static Map<String, RunStamp.FileState> states(Path root) throws IOException {
        Map<String, RunStamp.FileState> states = new HashMap<>();
        for (String file : FileTrees.contents(root).keySet()) {
            states.put(file, RunStamp.stateOf(Files.readAttributes(root.resolve(file), BasicFileAttributes.class)));
        }
        return new TreeMap<>(states);
    }

    private static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
