package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.core.RunStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
            assertEquals(scanner.scan(root), scanner.scan(root, listing), () -> "listing " + listing);
            Files.delete(target);
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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
