package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.core.RunStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A build finds its posts in the listing it took of the posts folder (for the files' sizes and times) instead of
 * walking the folder a second time. Both must find the same posts with the same bundle files, for any tree: nested
 * folders, bundles in bundles, hidden files and folders, READMEs, images, links to files and to nothing.
 */
class PostScannerProperties {

    /** One file of a generated tree: its folders, its name, and whether it is a link to another file. */
    record Entry(List<String> folders, String name, boolean link) {
    }

    @Property(tries = 80)
    void theListingFindsWhatTheWalkFinds(@ForAll("trees") List<Entry> tree) throws IOException {
        Path root = Files.createTempDirectory("scanner");
        try {
            Path target = Files.writeString(Files.createTempFile("target", ".md"), "---\ntitle: T\n---\nBody\n");
            for (Entry entry : tree) {
                Path folder = root;
                for (String name : entry.folders()) {
                    folder = folder.resolve(name);
                }
                Files.createDirectories(folder);
                Path file = folder.resolve(entry.name());
                if (Files.exists(file) || Files.isSymbolicLink(file)) {
                    continue;
                }
                if (entry.link()) {
                    Files.createSymbolicLink(file, entry.name().startsWith("gone") ? root.resolve("nothing") : target);
                } else {
                    Files.writeString(file, "x");
                }
            }
            List<String> listing = RunStamp.snapshotTree(root).keySet().stream().sorted().toList();
            PostScanner scanner = new PostScanner();
            List<PostScanner.Found> walked = walked(root);
            assertEquals(walked, scanner.scan(root, listing), () -> "listing " + listing);
            // One name at a time (an edit build's look), the same post, or nothing for a name that is no post's.
            for (String name : listing) {
                Path file = root.resolve(name);
                assertEquals(walked.stream().filter(post -> post.file().equals(file)).findFirst(),
                        scanner.post(root, listing, name), () -> name + " in " + listing);
            }
            Files.delete(target);
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * The posts as a walk of the folder finds them (how Rounds found them before it used its listing): every
     * {@code .md}/{@code .markdown} file outside hidden folders that is not a README, in path order; a folder holding
     * an index is a bundle of the other files under it.
     */
    private static List<PostScanner.Found> walked(Path root) throws IOException {
        List<PostScanner.Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean hidden = false;
                for (Path part : root.relativize(file)) {
                    hidden |= part.toString().startsWith(".");
                }
                if (hidden || !markdown(file) || name.startsWith("readme.")) {
                    continue;
                }
                List<Path> bundle = List.of();
                if (file.getFileName().toString().equals("index.md")
                        || file.getFileName().toString().equals("index.markdown")) {
                    try (Stream<Path> beside = Files.walk(file.getParent())) {
                        bundle = beside.filter(Files::isRegularFile).filter(other -> !markdown(other)).sorted()
                                .toList();
                    }
                }
                found.add(new PostScanner.Found(file, bundle));
            }
        }
        return found;
    }

    private static boolean markdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    @Provide
    Arbitrary<List<Entry>> trees() {
        Arbitrary<String> folder = Arbitraries.of("2024", "cases", "a", "a-b", ".drafts", "asthma", "b", "x y");
        Arbitrary<String> name = Arbitraries.of("index.md", "index.markdown", "post.md", "note.MD", "README.md",
                "readme.markdown", ".hidden.md", "cover.png", "figure.svg", "data.csv", "a.md", "gone.md", "b.txt");
        return Combinators.combine(folder.list().ofMaxSize(3), name, Arbitraries.integers().between(0, 9))
                .as((folders, file, link) -> new Entry(folders, file, link == 0))
                .list().ofMaxSize(25);
    }
}
