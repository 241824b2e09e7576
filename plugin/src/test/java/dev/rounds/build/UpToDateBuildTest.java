package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.site.SiteSettings;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with nothing to do stops after looking at file sizes and times: it renders and writes nothing, says so,
 * repeats the last build's warnings, and builds again as soon as anything it read or wrote changed, or the clock
 * passes the moment a post appears.
 */
class UpToDateBuildTest {

    private static final Instant NOW = Blogs.NOW;

    @TempDir
    Path blog;

    private final List<String> warnings = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    @Test
    void aSecondBuildWithNothingChangedDoesNothingAndSaysSo() throws IOException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        assertTrue(build(NOW).isPresent());
        Map<String, FileTime> before = FileTrees.times(site());

        Optional<BuiltBlog> again = build(NOW);

        assertEquals(Optional.empty(), again);
        assertEquals(before, FileTrees.times(site()));
        assertTrue(infos.get(infos.size() - 1).startsWith("Site is up to date: 1 post and 0 pages"),
                infos.toString());
    }

    @Test
    void theLastBuildsWarningsAreRepeated() {
        post("2026-11-01-liquid.md", "---\ntitle: Liquid\ndate: 2026-11-01\n---\nBefore {% include note.html %} after.\n");
        build(NOW);
        List<String> first = List.copyOf(warnings);
        assertFalse(first.isEmpty(), "the Liquid tag is reported");
        warnings.clear();

        assertEquals(Optional.empty(), build(NOW));
        assertEquals(first, warnings);
    }

    @Test
    void anyEditedAddedOrTouchedInputBuildsAgain() throws IOException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        build(NOW);

        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters most.\n");
        assertTrue(build(NOW).isPresent(), "an edited post");
        assertEquals(Optional.empty(), build(NOW));

        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work.\n");
        assertTrue(build(NOW).isPresent(), "a new post");

        Files.setLastModifiedTime(blog.resolve("src/posts/2026-11-02-asthma.md"), FileTime.from(NOW));
        assertEquals(Optional.empty(), build(NOW), "a touched post with the same bytes is the same post");

        write(blog.resolve("src/templates/post.ftlh"), "<p>${post.title}</p>\n");
        Optional<BuiltBlog> own = build(NOW);
        assertTrue(own.isPresent(), "a template of the blog");
        assertEquals("<p>Asthma</p>\n", Files.readString(site().resolve("2026/11/asthma/index.html")));

        write(blog.resolve("src/static/extra.txt"), "static\n");
        assertTrue(build(NOW).isPresent(), "a static file");
        assertEquals(Optional.empty(), build(NOW));
    }

    @Test
    void aFreshCheckoutOfTheSameFilesIsUpToDate() throws IOException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        write(blog.resolve("src/static/logo.txt"), "logo\n");
        write(blog.resolve("src/templates/post.ftlh"), "<p>${post.title}</p>\n");
        build(NOW);
        try (Stream<Path> walk = Files.walk(blog.resolve("src"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String bytes = Files.readString(file);
                Files.delete(file);
                write(file, bytes); // as git writes it: same bytes, a new time
                Files.setLastModifiedTime(file, FileTime.from(NOW.plusSeconds(7)));
            }
        }

        assertEquals(Optional.empty(), build(NOW));

        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters!\n");
        Files.setLastModifiedTime(blog.resolve("src/posts/2026-11-01-sepsis.md"), FileTime.from(NOW.plusSeconds(8)));
        assertTrue(build(NOW).isPresent(), "the same size, a new time and other bytes");
    }

    @Test
    void aPageChangedOrRemovedInTheOutputIsMadeAgain() throws IOException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        build(NOW);
        Path page = site().resolve("2026/11/sepsis/index.html");
        String made = Files.readString(page);

        Files.delete(page);
        assertTrue(build(NOW).isPresent());
        assertEquals(made, Files.readString(page));

        Files.writeString(page, "hand-edited");
        assertTrue(build(NOW).isPresent());
        assertEquals(made, Files.readString(page));

        write(site().resolve("stray.html"), "left by someone else");
        assertEquals(Optional.empty(), build(NOW), "a file the build did not make is not looked for");
        post("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work.\n");
        assertTrue(build(NOW).isPresent());
        assertTrue(Files.exists(site().resolve("2026/11/asthma/index.html")));
        assertTrue(Files.exists(site().resolve("stray.html")),
                "an incremental build removes only what the last build left, so it walks no folders");

        Files.delete(blog.resolve("src/posts/2026-11-02-asthma.md"));
        assertTrue(build(NOW).isPresent());
        assertFalse(Files.exists(site().resolve("2026/11/asthma")), "a removed post's page goes, and its folder");
        assertTrue(Files.exists(page), "the folders above it still hold another post");

        assertTrue(builder(NOW, false).buildIfChanged().isPresent());
        assertFalse(Files.exists(site().resolve("stray.html")), "a build that does not know the last one walks the site");
    }

    @Test
    void aFuturePostAppearsWhenTheClockReachesItsDate() throws IOException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        post("2026-12-01-later.md", "---\ntitle: Later\ndate: 2026-12-01T09:00:00Z\n---\nNot yet.\n");
        build(NOW);
        assertFalse(Files.exists(site().resolve("2026/12/later/index.html")));

        assertEquals(Optional.empty(), build(NOW.plus(Duration.ofDays(5))), "nothing appears before its date");
        assertTrue(build(Instant.parse("2026-12-01T09:00:00Z")).isPresent(), "at its date it appears");
        assertTrue(Files.exists(site().resolve("2026/12/later/index.html")));
        assertEquals(Optional.empty(), build(Instant.parse("2026-12-01T10:00:00Z")));
        assertTrue(build(NOW).isPresent(), "a clock set back before the post's date builds again");
        assertFalse(Files.exists(site().resolve("2026/12/later/index.html")));
    }

    @Test
    void aFailedBuildLeavesNoStampSoTheNextOneFailsAgain() {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        build(NOW);
        post("2026-11-02-broken.md", "---\ntitle: [unclosed\n---\nBody.\n");

        assertThrows(InvalidInputException.class, () -> build(NOW));
        assertThrows(InvalidInputException.class, () -> build(NOW));
        assertFalse(Files.exists(blog.resolve("target/rounds/" + BlogBuilder.STAMP)));
    }

    @Test
    void aNonIncrementalBuildAlwaysBuilds() {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        assertTrue(builder(NOW, false).buildIfChanged().isPresent());
        assertTrue(builder(NOW, false).buildIfChanged().isPresent());
    }

    @Test
    void theWarmUpRunsWhenPagesAreBuiltAndNotWhenNothingChanged() throws InterruptedException {
        post("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour matters.\n");
        CountDownLatch warmed = new CountDownLatch(1);
        assertTrue(builder(NOW, true).withWarmUp(warmed::countDown).buildIfChanged().isPresent());
        assertTrue(warmed.await(10, TimeUnit.SECONDS), "the warm-up ran beside the build");

        AtomicInteger again = new AtomicInteger();
        assertEquals(Optional.empty(), builder(NOW, true).withWarmUp(again::incrementAndGet).buildIfChanged());
        Thread.sleep(200);
        assertEquals(0, again.get(), "nothing to build, nothing to warm");
    }

    private Optional<BuiltBlog> build(Instant now) {
        return builder(now, true).buildIfChanged();
    }

    private BlogBuilder builder(Instant now, boolean incremental) {
        SiteSettings base = Blogs.settings(false);
        SiteSettings settings = new SiteSettings(base.siteUrl(), base.title(), base.description(), base.language(),
                base.timeZone(), base.permalink(), base.pageSize(), base.feedSize(), base.disclaimer(), false, now);
        Path src = blog.resolve("src");
        BlogConfig config = new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), site(), blog.resolve("target/rounds"), settings, false, false,
                dev.rounds.credibility.CredibilitySettings.defaults(), incremental);
        Log log = new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { infos.add(message); }
            @Override public synchronized void warn(String message) { warnings.add(message); }
            @Override public void error(String message) { }
        };
        return new BlogBuilder(config, log, UpToDateBuildTest.class.getClassLoader());
    }

    private Path site() {
        return blog.resolve("target/site");
    }

    private void post(String name, String text) {
        write(blog.resolve("src/posts/" + name), text);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

}
