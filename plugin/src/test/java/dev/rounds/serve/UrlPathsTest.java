package dev.rounds.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UrlPathsTest {

    private static final Path ROOT = Path.of("/srv/preview-site");

    @Property
    void noRequestPathLeavesTheServedFolder(@ForAll("requestPaths") String path) {
        Optional<Path> file = UrlPaths.resolve(ROOT, path);
        file.ifPresent(found -> assertTrue(found.startsWith(ROOT) && found.normalize().equals(found),
                path + " -> " + found));
    }

    @Provide
    Arbitrary<String> requestPaths() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("..", ".", "%2e%2e", "%2E%2e", "%2e", ".%2e", "..%2f..", "%2f", "%5c", "..\\..",
                        "%00", "%c0%ae", "~", "a", "css", "index.html", "%", "%zz", "etc", "passwd", "C:", ""),
                Arbitraries.strings().withChars("a.%/\\2efF5c0").ofMaxLength(8));
        return segment.list().ofMaxSize(8).map(parts -> "/" + String.join("/", parts));
    }

    @Example
    void ordinaryPathsNameTheirFile() {
        assertEquals(Optional.of(ROOT.resolve("2025/02/post")), UrlPaths.resolve(ROOT, "/2025/02/post/"));
        assertEquals(Optional.of(ROOT.resolve("images/a b.svg")), UrlPaths.resolve(ROOT, "/images/a%20b.svg"));
        assertEquals(Optional.of(ROOT.resolve("tags/educación")), UrlPaths.resolve(ROOT, "/tags/educaci%C3%B3n/"));
        assertEquals(Optional.of(ROOT.resolve("c++")), UrlPaths.resolve(ROOT, "/c++"), "'+' is not a space in paths");
        assertEquals(Optional.of(ROOT), UrlPaths.resolve(ROOT, "/"));
    }

    @Example
    void pathsThatClimbOrHideSeparatorsAreRefused() {
        for (String attack : List.of("/../etc/passwd", "/a/../../b", "/%2e%2e/x", "/a%2fb", "/a%5cb", "/%00",
                "/%c0%ae%c0%ae/x", "/bad%zz", "/trailing%2")) {
            assertEquals(Optional.empty(), UrlPaths.resolve(ROOT, attack), attack);
        }
    }

    @Example
    void pagesAreFoldersHtmlFilesAndNamesWithoutExtension() {
        assertTrue(UrlPaths.isPage("/"));
        assertTrue(UrlPaths.isPage("/2025/02/post/"));
        assertTrue(UrlPaths.isPage("/about"));
        assertTrue(UrlPaths.isPage("/404.html"));
        assertTrue(!UrlPaths.isPage("/css/rounds.css") && !UrlPaths.isPage("/feed.xml"));
    }
}
