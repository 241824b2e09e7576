package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A post read with what its front matter gave before ({@link PostReader.Known}) is the post read from scratch: when
 * the front matter is as it was, whatever the body became, and when it changed (then it is parsed again).
 */
class KnownFrontMatterProperties {

    private static Path folder;
    private final PostReader reader = new PostReader(new DateParser(ZoneId.of("Europe/London")));

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("rounds-known-front-matter");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** Front matter as authors write it (YAML, TOML, none, empty, broken, never closed, a date only in the name). */
    private static final List<String> FRONT_MATTERS = List.of(
            "---\ntitle: \"Sepsis: the first hour\"\ndate: 2025-03-14\ntags: [sepsis, icu]\n---\n",
            "---\ntitle: Sepsis\ntags:\n  - sepsis\n  - icu\nlastReviewed: 2025-12-01\n---\n",
            "---\ntitle: Sepsis\ndate: 'March 26, 2025'\nreferences:\n  - doi: 10.1136/thx.2009.121434\n---\n",
            "---   \ntitle: Sepsis\n...\n",
            "---\n---\n",
            "---\ntitle: [unclosed\n---\n",
            "---\ntitle: Sepsis\ndate: not a date\n---\n",
            "---\ntitle: Sepsis\n",
            "+++\ntitle = \"Sepsis\"\ndate = 2025-03-14\ntags = [\"sepsis\"]\n+++\n",
            "",
            "# Only a body\n");

    private static final List<String> BODY_PIECES = List.of("Give fluids early.", "\n", "\n\n", "---", "\n---\n",
            "+++", "## Heading", "{{< figure src=\"x.png\" >}}", "{% include note.html %}", "Ünïcödé", " ", "- item",
            "\r\n", "\t");

    @Property(tries = 300)
    void readsAsFromScratch(@ForAll("frontMatters") String frontMatter, @ForAll("bodies") String before,
                            @ForAll("bodies") String after, @ForAll("frontMatters") String changed,
                            @ForAll("names") String name, @ForAll("endings") List<Ending> endings) {
        Path file = folder.resolve(name);
        // Each read's file saved with or without a byte-order mark and Windows line ends, as editors do.
        Ending first1 = endings.get(0);
        Ending then = endings.get(1);
        Ending last = endings.get(2);
        Read first = read(file, first1, frontMatter + before, null);
        if (first.post().isEmpty() || !first.problems().all().isEmpty()) {
            return; // only a front matter read without a problem is ever offered as known
        }
        SourcePost read = first.post().get();
        assertNotNull(read.frontMatterDigest());
        PostReader.Known known = new PostReader.Known(read.frontMatterDigest(), read.frontMatter());

        // The body changed, the front matter did not (unless the body now closes or opens one).
        Read edited = read(file, then, frontMatter + after, null);
        same(edited, read(file, then, frontMatter + after, known));
        // The front matter changed too.
        Read plain = read(file, last, changed + after, null);
        same(plain, read(file, last, changed + after, known));
        // A post's front matter digest is that of its block as written: the same block, the same digest.
        for (Read other : List.of(edited, plain)) {
            other.post().ifPresent(post -> assertEquals(block(frontMatter + before).equals(block(textOf(other))),
                    read.frontMatterDigest().equals(post.frontMatterDigest())));
        }
    }

    private static String textOf(Read read) {
        return read.text();
    }

    /** The front matter block of a file's text as the reader normalises it, or "" when none is closed. */
    private static String block(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        int start = FrontMatterParser.bodyStart(normal);
        return start < 0 ? "" : normal.substring(0, start);
    }

    @Example
    void takesTheKnownFrontMatterWithoutParsingIt() {
        Path file = folder.resolve("2025-03-14-sepsis.md");
        SourcePost first = read(file, Ending.PLAIN, FRONT_MATTERS.get(0) + "Give fluids early.", null).post()
                .orElseThrow();
        SourcePost other = read(folder.resolve("asthma.md"), Ending.PLAIN, FRONT_MATTERS.get(1) + "Peak flow.", null)
                .post().orElseThrow();
        // Another post's front matter under this one's digest: taken as it is, so the block was not parsed.
        PostReader.Known known = new PostReader.Known(first.frontMatterDigest(), other.frontMatter());
        SourcePost again = read(file, Ending.BOM_CRLF, FRONT_MATTERS.get(0) + "Give fluids within the hour.", known)
                .post().orElseThrow();
        assertSame(other.frontMatter(), again.frontMatter());
        assertEquals("Give fluids within the hour.", again.body());
        assertEquals(first.bodyLine(), again.bodyLine());
        // With the front matter changed, it is parsed.
        SourcePost retitled = read(file, Ending.PLAIN, FRONT_MATTERS.get(0).replace("the first hour", "hour one")
                + "Give fluids.", known).post().orElseThrow();
        assertEquals("Sepsis: hour one", retitled.frontMatter().title());
        assertNotEquals(first.frontMatterDigest(), retitled.frontMatterDigest());
        // Another file with the same front matter has another digest (a date may come from the file's name).
        SourcePost renamed = read(folder.resolve("2025-03-15-sepsis.md"), Ending.PLAIN, FRONT_MATTERS.get(0)
                + "Give fluids early.", null).post().orElseThrow();
        assertNotEquals(first.frontMatterDigest(), renamed.frontMatterDigest());
    }

    /** How a file's text is saved. */
    enum Ending { PLAIN, BOM, CRLF, BOM_CRLF }

    private record Read(Optional<SourcePost> post, Problems problems, String text) {
    }

    private Read read(Path file, Ending ending, String text, PostReader.Known known) {
        try {
            Files.createDirectories(file.getParent());
            boolean crlf = ending == Ending.CRLF || ending == Ending.BOM_CRLF;
            byte[] bytes = (crlf ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text)
                    .getBytes(StandardCharsets.UTF_8);
            if (ending == Ending.BOM || ending == Ending.BOM_CRLF) {
                byte[] marked = new byte[bytes.length + 3];
                marked[0] = (byte) 0xEF;
                marked[1] = (byte) 0xBB;
                marked[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, marked, 3, bytes.length);
                bytes = marked;
            }
            Files.write(file, bytes);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Problems problems = new Problems();
        List<Path> bundle = file.getFileName().toString().equals("index.md") ? List.of(file.resolveSibling("x.png"))
                : List.of();
        return new Read(reader.read(folder, file, bundle, problems, known), problems, text);
    }

    private static void same(Read expected, Read actual) {
        assertEquals(expected.problems().all(), actual.problems().all());
        assertEquals(expected.post().isPresent(), actual.post().isPresent());
        expected.post().ifPresent(post -> {
            SourcePost other = actual.post().orElseThrow();
            assertEquals(post.frontMatter(), other.frontMatter());
            assertEquals(post.body(), other.body());
            assertEquals(post.bodyLine(), other.bodyLine());
            assertEquals(post.fileSlug(), other.fileSlug());
            assertEquals(post.relativePath(), other.relativePath());
            assertEquals(post.frontMatterDigest(), other.frontMatterDigest());
            assertEquals(post.bundleFiles(), other.bundleFiles());
        });
    }

    @Provide
    Arbitrary<String> frontMatters() {
        return Arbitraries.of(FRONT_MATTERS);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(BODY_PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<List<Ending>> endings() {
        return Arbitraries.of(Ending.class).list().ofSize(3);
    }

    @Provide
    Arbitrary<String> names() {
        return Combinators.combine(Arbitraries.of("2025-03-14-sepsis", "sepsis", "2024-01-02-a-b"),
                Arbitraries.of(".md", ".markdown", "/index.md")).as((base, end) -> base + end);
    }
}
