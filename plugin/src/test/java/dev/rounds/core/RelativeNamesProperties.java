package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A file's name under a folder is what {@code relativize} gives, for any two paths: under the folder or not, relative
 * or absolute, with "." and ".." names, names that start with the folder's last name, and the folder itself.
 */
class RelativeNamesProperties {

    @Property(tries = 3000)
    void theNameIsWhatRelativizeGives(@ForAll("paths") String root, @ForAll("names") List<String> under,
                                      @ForAll boolean absolute, @ForAll boolean fileUnderRoot) {
        String prefix = absolute ? "/" : "";
        Path folder = Path.of(prefix + root);
        String rest = String.join("/", under);
        Path file = fileUnderRoot ? Path.of(prefix + root + (rest.isEmpty() ? "" : "/" + rest))
                : Path.of(prefix + rest);
        assertSameAsRelativize(folder, file);
    }

    /** The root folder, the empty path and a folder given with a trailing separator. */
    @Example
    void theRootTheEmptyPathAndTrailingSeparators() {
        assertSameAsRelativize(Path.of("/"), Path.of("/posts/a.md"));
        assertSameAsRelativize(Path.of("/"), Path.of("/"));
        assertSameAsRelativize(Path.of(""), Path.of("posts/a.md"));
        assertSameAsRelativize(Path.of(""), Path.of(""));
        assertSameAsRelativize(Path.of("posts/"), Path.of("posts/a.md"));
        assertSameAsRelativize(Path.of("/blog/posts"), Path.of("/blog/posts2/a.md"));
        assertSameAsRelativize(Path.of("/blog/posts"), Path.of("/blog/posts"));
        assertSameAsRelativize(Path.of("/blog/posts"), Path.of("posts/a.md"));
    }

    private static void assertSameAsRelativize(Path folder, Path file) {
        String expected;
        try {
            expected = folder.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException notRelative) {
            // relativize refuses these (one absolute, one not), and so does the name
            assertThrows(IllegalArgumentException.class, () -> RelativeNames.of(folder, file),
                    () -> folder + " and " + file);
            return;
        }
        assertEquals(expected, RelativeNames.of(folder, file), () -> folder + " and " + file);
    }

    @Property(tries = 200)
    void aFileFoundUnderAFolderIsNamedByTheRest(@ForAll("plainNames") List<String> names) {
        Path folder = Path.of("/blog/posts");
        Path file = folder;
        for (String name : names) {
            file = file.resolve(name);
        }
        assertEquals(String.join("/", names), RelativeNames.of(folder, file));
    }

    @Provide
    Arbitrary<String> paths() {
        return segment().list().ofMinSize(1).ofMaxSize(4).map(names -> String.join("/", names));
    }

    @Provide
    Arbitrary<List<String>> names() {
        return segment().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> plainNames() {
        return Arbitraries.of("2024", "a.md", "x y.md", "posts", "posts2", "é.md", "...", ".hidden")
                .list().ofMaxSize(4);
    }

    private Arbitrary<String> segment() {
        return Arbitraries.of("a", "b", "posts", "posts.md", "po", ".", "..", "...", ".x", "x y", "é");
    }
}
