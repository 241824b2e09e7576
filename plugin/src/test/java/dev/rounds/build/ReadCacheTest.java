package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build reads only the post files that changed since the last build; every other post comes from the read cache
 * under target/, with the problems reading it found, and its body is read only when a page needs it. The site is the
 * same as a build that reads everything.
 */
class ReadCacheTest {

    @TempDir
    Path blog;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Test
    void onlyTheChangedPostIsReadAndTheSiteIsTheSameAsAFullBuild() throws IOException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\ntags: [icu]\n---\nThe first hour.\n");
        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\ntags: [icu]\n---\nSpacers work.\n");
        post("2026-11-03-gout.md", "---\ntitle: Gout\ndate: 2026-11-03\n---\nColchicine, early.\n");
        build();
        assertTrue(lastInfo().contains("(3 post files read, "), lastInfo());

        post("2026-11-02-asthma.md", "---\ntitle: Asthma, again\ndate: 2026-11-02\ntags: [icu, lungs]\n---\n"
                + "Spacers work for children too.\n");
        build();

        assertTrue(lastInfo().contains("(1 post file read, "), lastInfo());
        assertEquals(FileTrees.contents(blog.resolve("target/site")), fullBuild(),
                "the neighbours' pages, rendered from cached posts, are those a full build makes");
    }

    @Test
    void aCachedPostsProblemsAreReportedAgain() {
        post("2026-11-01-liquid.md", "---\ntitle: Liquid\ndate: 2026-11-01\n---\nBefore {% include note.html %} after.\n");
        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work.\n");
        build();
        List<String> first = List.copyOf(warnings);
        assertFalse(first.isEmpty(), "the Liquid tag is reported");
        warnings.clear();

        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work well.\n");
        build();

        assertTrue(lastInfo().contains("(1 post file read, "), lastInfo());
        assertEquals(first, warnings);
    }

    @Test
    void aPostWhoseBodyFailsTheBuildFailsItFromTheCacheToo() {
        post("2026-11-01-script.md", "---\ntitle: Script\ndate: 2026-11-01\n---\nText.\n\n<script>alert(1)</script>\n");
        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work.\n");
        InvalidInputException first = assertThrows(InvalidInputException.class, this::build);

        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work well.\n");
        InvalidInputException again = assertThrows(InvalidInputException.class, this::build);

        assertEquals(first.getMessage(), again.getMessage());
        assertTrue(again.getMessage().contains("2026-11-01-script.md"), again.getMessage());
    }

    @Test
    void aBuildThatFailsKeepsWhatItRead() {
        post("2026-11-01-script.md", "---\ntitle: Script\ndate: 2026-11-01\n---\nText.\n\n<script>alert(1)</script>\n");
        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work.\n");
        post("2026-11-03-gout.md", "---\ntitle: Gout\ndate: 2026-11-03\n---\nColchicine, early.\n");
        assertThrows(InvalidInputException.class, this::build);

        post("2026-11-01-script.md", "---\ntitle: Script\ndate: 2026-11-01\n---\nText, and no script.\n");
        build();

        assertTrue(lastInfo().contains("(1 post file read, "), "the failed build's reads were kept: " + lastInfo());
    }

    @Test
    void aDamagedCacheIsReadAsEmpty() throws IOException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour.\n");
        build();
        List<Path> cache;
        try (Stream<Path> files = Files.list(blog.resolve("target/rounds/" + BlogBuilder.READ_CACHE))) {
            cache = files.toList();
        }
        assertFalse(cache.isEmpty());
        for (Path file : cache) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }

        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        build();

        assertTrue(lastInfo().contains("(1 post file read, "), lastInfo());
        assertEquals(FileTrees.contents(blog.resolve("target/site")), fullBuild());
    }

    @Test
    void anEditWritesOnlyThePartOfTheCacheThatHoldsThePost() throws IOException {
        for (int day = 1; day <= 30; day++) {
            post(String.format("2026-11-%02d-day-%d.md", day, day), "---\ntitle: Day " + day + "\n---\nWords.\n");
        }
        build();
        Map<String, FileTime> before = times(blog.resolve("target/rounds/"
                + BlogBuilder.READ_CACHE));
        assertTrue(before.size() > 2, before.toString());

        post("2026-11-07-day-7.md", "---\ntitle: Day seven\n---\nWords.\n");
        build();

        Map<String, java.nio.file.attribute.FileTime> after = times(blog.resolve("target/rounds/"
                + BlogBuilder.READ_CACHE));
        assertEquals(before.keySet(), after.keySet());
        assertEquals(1, before.keySet().stream().filter(name -> !before.get(name).equals(after.get(name))).count(),
                "one part of the cache is written again: " + before + " / " + after);
    }

    @Test
    void aPostEditedAfterItWasCachedIsReadAgainEvenWithItsOldSizeAndTime() throws IOException {
        Path file = post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour.\n");
        build();
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe final hour.\n");
        Files.setLastModifiedTime(file, time);
        // Same size and time as the cached read: only a new build's content check (no stamp) can tell.
        Files.delete(blog.resolve("target/rounds/" + BlogBuilder.STAMP));

        build();

        assertTrue(Files.readString(blog.resolve("target/site/2026/11/sepsis/index.html")).contains("final hour"),
                "a file whose size and time match its digest is trusted, as git does; here the stamp that held the "
                        + "digest is gone, so the file is read");
    }

    private Path post(String name, String text) {
        Path file = blog.resolve("src/posts/" + name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
        return file;
    }

    private void build() {
        new BlogBuilder(Blogs.config(blog, blog.resolve("target"), false), log(), getClass().getClassLoader())
                .buildIfChanged();
    }

    private Map<String, String> fullBuild() throws IOException {
        Path other = blog.resolve("full");
        BlogConfig config = Blogs.config(blog, other, false);
        new BlogBuilder(new BlogConfig(config.postsDirectory(), config.templatesDirectory(), config.staticDirectory(),
                config.authorsFile(), config.outputDirectory(), config.workDirectory(), config.site(),
                config.allowScripts(), config.preview(), config.credibility(), false), log(),
                getClass().getClassLoader()).build();
        return FileTrees.contents(other.resolve("site"));
    }

    private String lastInfo() {
        return infos.get(infos.size() - 1);
    }

    private Log log() {
        return new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { infos.add(message); }
            @Override public synchronized void warn(String message) { warnings.add(message); }
            @Override public void error(String message) { }
        };
    }

    private static Map<String, java.nio.file.attribute.FileTime> times(Path root) throws IOException {
        Map<String, java.nio.file.attribute.FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.list(root)) {
            for (Path file : walk.toList()) {
                times.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }


    @Test
    void aCardIsKeptOnTheEntryItBelongsToAndSavedWithIt() throws IOException {
        Path folder = blog.resolve("cache");
        ReadCache cache = ReadCache.open(folder, "v1");
        ReadCache.Entry entry = new ReadCache.Entry("digest-a", null, 4, "sepsis", false, List.of(), "head", null, null);
        cache.put("sepsis.md", entry);
        cache.card("asthma.md", "tag 1 abc");
        cache.save();

        ReadCache again = ReadCache.open(folder, "v1");
        assertEquals(null, again.get("sepsis.md", "digest-a").orElseThrow().card(), "no card before a render");
        assertTrue(again.get("asthma.md", "anything").isEmpty(), "a card alone makes no entry");
        again.card("sepsis.md", "tag 2 def");
        again.save();
        assertEquals("tag 2 def", ReadCache.open(folder, "v1").get("sepsis.md", "digest-a").orElseThrow().card());

        ReadCache third = ReadCache.open(folder, "v1");
        third.get("sepsis.md", "digest-a");
        Map<String, FileTime> before = FileTrees.times(folder);
        third.card("sepsis.md", "tag 2 def");
        third.save();
        assertEquals(before, FileTrees.times(folder), "the same card again writes nothing");
    }
}
