package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The look at a folder's files (the posts folder's, a tree stamp's): every regular file under it, by its path under
 * the folder, with its size and time; a link counts as the file it points to, and a link to a folder or to nothing
 * counts as nothing. Held to a plain walk of the tree, for trees of files at the top, in folders, hidden, and links.
 */
class SnapshotTreeProperties {

    /** One entry of a generated tree: its folders, its name, its size, and what it is. */
    record Entry(List<String> folders, String name, int size, Kind kind) {
    }

    enum Kind { FILE, LINK_TO_FILE, LINK_TO_FOLDER, LINK_TO_NOTHING, EMPTY_FOLDER }

    @Property(tries = 100)
    void theLookFindsWhatAWalkFinds(@ForAll("trees") List<Entry> tree) throws IOException {
        Path root = Files.createTempDirectory("snapshot");
        Path outside = Files.createTempDirectory("snapshot-outside");
        try {
            Path target = Files.writeString(outside.resolve("target.md"), "linked to");
            for (Entry entry : tree) {
                Path folder = root;
                for (String name : entry.folders()) {
                    folder = folder.resolve(name);
                }
                try {
                    Files.createDirectories(folder);
                } catch (FileSystemException notAFolder) {
                    continue; // a file or link of an earlier entry is in the way
                }
                Path file = folder.resolve(entry.name());
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                switch (entry.kind()) {
                    case FILE -> Files.writeString(file, "x".repeat(entry.size()));
                    case LINK_TO_FILE -> Files.createSymbolicLink(file, target);
                    case LINK_TO_FOLDER -> Files.createSymbolicLink(file, outside);
                    case LINK_TO_NOTHING -> Files.createSymbolicLink(file, outside.resolve("nothing"));
                    case EMPTY_FOLDER -> Files.createDirectories(file);
                    default -> throw new IllegalStateException();
                }
            }
            assertEquals(walked(root), new TreeMap<>(RunStamp.snapshotTree(root)), () -> "tree " + tree);
        } finally {
            delete(root);
            delete(outside);
        }
    }

    /** Every regular file under the root (links followed to files only), by '/'-separated path. */
    private static Map<String, RunStamp.FileState> walked(Path root) throws IOException {
        Map<String, RunStamp.FileState> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.toList()) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                        new RunStamp.FileState(attributes.size(),
                                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            }
        }
        return files;
    }

    @Provide
    Arbitrary<List<Entry>> trees() {
        Arbitrary<String> names = Arbitraries.of("a.md", "b.md", ".hidden.md", "index.md", "img.png", "notes",
                "2024", "é.md");
        Arbitrary<List<String>> folders = Arbitraries.of("x", "y", ".git", "2024").list().ofMaxSize(2);
        return Combinators.combine(folders, names, Arbitraries.integers().between(0, 40), Arbitraries.of(Kind.class))
                .as(Entry::new).list().ofMaxSize(14);
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
