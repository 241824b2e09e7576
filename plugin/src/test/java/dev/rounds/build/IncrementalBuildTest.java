package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.site.SiteSettings;
import dev.rounds.testing.Blogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An incremental build must leave exactly the site a clean full build makes: after each kind of change, every file of
 * the incrementally updated site is compared byte for byte with a full build of the changed blog.
 */
class IncrementalBuildTest {

    private static final String POST = "sepsis-the-first-hour.md";

    @TempDir
    Path temp;

    @org.junit.jupiter.api.BeforeEach
    void checkSettledPages() {
        IncrementalOutputs.checkSettled = true;
    }

    @org.junit.jupiter.api.AfterEach
    void stopChecking() {
        IncrementalOutputs.checkSettled = false;
    }

    /** The changes an author makes between two builds. */
    enum Change {
        EDIT_BODY(blog -> append(blog.resolve("src/posts/" + POST), "\nOne more sentence about lactate.\n")),
        ADD_POST(blog -> write(blog.resolve("src/posts/2025-04-01-new-post.md"),
                "---\ntitle: A new post\ndate: 2025-04-01\ntags: [sepsis, brand-new-tag]\n---\nFresh words.\n")),
        DELETE_POST(blog -> delete(blog.resolve("src/posts/" + POST))),
        RENAME_POST(blog -> move(blog.resolve("src/posts/" + POST), blog.resolve("src/posts/sepsis-renamed.md"))),
        CHANGE_TAG(blog -> replace(blog.resolve("src/posts/" + POST), "tags: [sepsis, infectious-disease,",
                "tags: [sepsis, infection,")),
        CHANGE_TITLE(blog -> replace(blog.resolve("src/posts/" + POST), "what actually has to happen",
                "what must happen")),
        OVERRIDE_TEMPLATE(blog -> write(blog.resolve("src/templates/post.ftlh"),
                themeTemplate("post.ftlh") + "<!-- the blog's own post template -->\n")),
        CHANGE_AUTHORS(blog -> replace(blog.resolve("src/authors.yml"), "name: Maeve Halloran",
                "name: Maeve R. Halloran")),
        ADD_STATIC(blog -> write(blog.resolve("src/static/extra.txt"), "static\n")),
        TOUCH_ONLY(blog -> touch(blog.resolve("src/posts/" + POST))),
        OPENING(blog -> replace(blog.resolve("src/posts/" + POST), "Every hospital has a sepsis bundle",
                "Every hospital we know has a sepsis bundle"));

        final UnaryOperator<Path> apply;

        Change(java.util.function.Consumer<Path> change) {
            this.apply = blog -> {
                change.accept(blog);
                return blog;
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void anIncrementalBuildAfterAChangeEqualsAFullBuild(Change change) throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("incremental");
        BuiltBlog first = build(blog, target, Blogs.settings(false), true);
        change.apply.apply(blog);

        BuiltBlog again = build(blog, target, Blogs.settings(false), true);
        build(blog, temp.resolve("full"), Blogs.settings(false), false);

        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
        assertTrue(first.written() > 0);
        if (change == Change.EDIT_BODY || change == Change.TOUCH_ONLY) {
            assertTrue(again.written() <= 3, change + " rewrote " + again.written() + " files");
        }
    }

    /**
     * As rounds:build runs it (the up-to-date check, then the build): a paragraph added below a post's summary changes
     * nothing any other page shows of the post, so the build keeps every page but the post's own and the feed (which
     * takes whole posts) without digesting their models; the site is still a full build's.
     */
    @Test
    void aParagraphBelowTheSummaryKeepsEveryOtherPageUndigested() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("settled");
        BlogBuilder first = builder(blog, target);
        first.buildIfChanged();
        int pages = BuildManifest.read(target.resolve("rounds").resolve(BlogBuilder.MANIFEST)).size();
        append(blog.resolve("src/posts/" + POST), "\nOne more paragraph, about lactate.\n");

        BlogBuilder again = builder(blog, target);
        BuiltBlog built = again.buildIfChanged().orElseThrow();
        build(blog, temp.resolve("full"), Blogs.settings(false), false);

        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
        // Its own page, the feed, and its alias's page if it has one: not settled.
        assertTrue(again.settledPages() >= pages - 3 && again.settledPages() < pages,
                again.settledPages() + " of " + pages + " pages settled");
        assertTrue(built.written() <= 2, built.written() + " files written");
    }

    /**
     * A new post (here the oldest, so the feed of two is as it was) makes its own page, its neighbour's, and the lists
     * it joins; every other post's page keeps its file, and no other post is rendered: the home and tag pages that
     * shift show each post's card as the read cache kept it. The site is a full build's.
     */
    @Test
    void aNewPostRendersNoOtherPostAndLeavesTheirPagesAsTheyWere() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("added");
        SiteSettings settings = new SiteSettings("https://notes.example.org/", "Rounds Notes", "Notes from the wards.",
                "en", java.time.ZoneId.of("America/New_York"), null, 3, 2, null, false, Blogs.NOW);
        builder(blog, target, settings).buildIfChanged();
        Map<String, FileTime> before = times(target.resolve("site"));
        write(blog.resolve("src/posts/2001-01-01-the-oldest-post.md"), "---\ntitle: The oldest post\ndate: 2001-01-01\n"
                + "tags: [sepsis, brand-new-tag]\n---\nWords from long ago.\n");

        BuiltBlog built = builder(blog, target, settings).buildIfChanged().orElseThrow();
        build(blog, temp.resolve("full"), settings, false);

        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
        List<dev.rounds.site.Post> posts = built.posts();
        int added = java.util.stream.IntStream.range(0, posts.size())
                .filter(i -> posts.get(i).source().equals("2001-01-01-the-oldest-post.md")).findFirst().orElseThrow();
        assertEquals(posts.size() - 1, added, "the oldest post");
        dev.rounds.site.Post neighbour = posts.get(added - 1);
        List<String> rendered = posts.stream().filter(post -> post.body().isRendered())
                .map(dev.rounds.site.Post::source).sorted().toList();
        assertEquals(java.util.stream.Stream.of("2001-01-01-the-oldest-post.md", neighbour.source()).sorted().toList(),
                rendered, "the posts rendered");
        Map<String, FileTime> after = times(target.resolve("site"));
        List<String> rewritten = new ArrayList<>();
        for (dev.rounds.site.Post post : posts) {
            String page = dev.rounds.site.SiteContext.fileOf(post.route());
            if (post != neighbour && post != posts.get(added) && !before.get(page).equals(after.get(page))) {
                rewritten.add(page);
            }
        }
        assertEquals(List.of(), rewritten, "other posts' pages written again");
    }

    private static BlogBuilder builder(Path blog, Path target, SiteSettings settings) {
        Path src = blog.resolve("src");
        BlogConfig config = new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), target.resolve("site"), target.resolve("rounds"), settings,
                false, false, dev.rounds.credibility.CredibilitySettings.defaults(), true);
        return new BlogBuilder(config, Log.silent(), IncrementalBuildTest.class.getClassLoader());
    }

    /** What a list shows of a post (its title, its summary) or a page missing from the site: nothing is settled. */
    @ParameterizedTest
    @EnumSource(value = Change.class, names = {"CHANGE_TITLE", "CHANGE_TAG", "OPENING", "ADD_POST", "DELETE_POST"})
    void aChangeOtherPagesShowSettlesNothing(Change change) throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("unsettled");
        builder(blog, target).buildIfChanged();
        change.apply.apply(blog);

        BlogBuilder again = builder(blog, target);
        again.buildIfChanged();
        build(blog, temp.resolve("full"), Blogs.settings(false), false);

        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
        assertEquals(0, again.settledPages(), change + " settled pages");
    }

    /**
     * Without the read cache the last build left (deleted, or a build without one in between), the edited post's head
     * and card cannot be compared with what the pages were made from: nothing is settled, and the site is still a full
     * build's.
     */
    @Test
    void withoutTheLastReadCacheNothingIsSettled() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("no-cache");
        builder(blog, target).buildIfChanged();
        try (Stream<Path> cache = Files.walk(target.resolve("rounds").resolve(BlogBuilder.READ_CACHE))) {
            for (Path file : cache.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        append(blog.resolve("src/posts/" + POST), "\nOne more paragraph, about lactate.\n");

        BlogBuilder again = builder(blog, target);
        again.buildIfChanged();
        build(blog, temp.resolve("full"), Blogs.settings(false), false);

        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
        assertEquals(0, again.settledPages());
    }

    /** A page removed or changed in the site by hand is made again, even when the edit would settle it. */
    @Test
    void aSettledEditStillRestoresPagesChangedByHand() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("restored");
        builder(blog, target).buildIfChanged();
        delete(target.resolve("site/tags/sepsis/index.html"));
        append(target.resolve("site/archive/index.html"), "<!-- changed by hand -->");
        append(blog.resolve("src/posts/" + POST), "\nOne more paragraph, about lactate.\n");

        BlogBuilder again = builder(blog, target);
        again.buildIfChanged();
        build(blog, temp.resolve("full"), Blogs.settings(false), false);

        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
        assertTrue(again.settledPages() > 0);
    }

    @Test
    void nothingChangedRendersNothingAndRewritesNothing() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("site-twice");
        build(blog, target, Blogs.settings(false), true);
        Map<String, FileTime> before = times(target.resolve("site"));

        BuiltBlog again = build(blog, target, Blogs.settings(false), true);

        assertEquals(0, again.written());
        assertEquals(0, again.deleted());
        assertEquals(before, times(target.resolve("site")));
        assertTrue(isEmptyOrMissing(target.resolve("rounds/site-staging")));
    }

    @Test
    void settingsAndTheClockInvalidateTheCache() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("settings");
        build(blog, target, Blogs.settings(false), true);
        SiteSettings base = Blogs.settings(false);
        SiteSettings later = new SiteSettings(base.siteUrl(), base.title(), base.description(), base.language(),
                base.timeZone(), base.permalink(), 3, base.feedSize(), base.disclaimer(), false,
                base.now().plus(Duration.ofDays(3650)));

        build(blog, target, later, true);
        build(blog, temp.resolve("full"), later, false);

        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
    }

    @Test
    void aSequenceOfChangesStaysEqualToFullBuilds() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("sequence");
        build(blog, target, Blogs.settings(false), true);
        int round = 0;
        for (Change change : List.of(Change.EDIT_BODY, Change.CHANGE_TAG, Change.ADD_POST, Change.OVERRIDE_TEMPLATE,
                Change.EDIT_BODY, Change.RENAME_POST)) {
            change.apply.apply(blog);
            build(blog, target, Blogs.settings(false), true);
            Path full = temp.resolve("full-" + round++);
            build(blog, full, Blogs.settings(false), false);
            assertSameFiles(full.resolve("site"), target.resolve("site"));
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAndCacheUsable() throws IOException {
        Path blog = copyOfExampleBlog();
        Path target = temp.resolve("failing");
        build(blog, target, Blogs.settings(false), true);
        Map<String, FileTime> before = times(target.resolve("site"));
        write(blog.resolve("src/templates/post.ftlh"), "${post.noSuchField}\n");

        org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> build(blog, target, Blogs.settings(false), true));
        assertEquals(before, times(target.resolve("site")));

        delete(blog.resolve("src/templates/post.ftlh"));
        Change.EDIT_BODY.apply.apply(blog);
        build(blog, target, Blogs.settings(false), true);
        build(blog, temp.resolve("full"), Blogs.settings(false), false);
        assertSameFiles(temp.resolve("full/site"), target.resolve("site"));
    }

    private static BlogBuilder builder(Path blog, Path target) {
        Path src = blog.resolve("src");
        BlogConfig config = new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), target.resolve("site"), target.resolve("rounds"), Blogs.settings(false),
                false, false, dev.rounds.credibility.CredibilitySettings.defaults(), true);
        return new BlogBuilder(config, Log.silent(), IncrementalBuildTest.class.getClassLoader());
    }

    private static BuiltBlog build(Path blog, Path target, SiteSettings settings, boolean incremental) {
        Path src = blog.resolve("src");
        BlogConfig config = new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), target.resolve("site"), target.resolve("rounds"), settings, false, false,
                dev.rounds.credibility.CredibilitySettings.defaults(), incremental);
        return new BlogBuilder(config, Log.silent(), IncrementalBuildTest.class.getClassLoader()).build();
    }

    private Path copyOfExampleBlog() throws IOException {
        Path from = Blogs.exampleBlog().resolve("src");
        Path blog = temp.resolve("blog");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path to = blog.resolve("src").resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        return blog;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, Path> want = files(expected);
        Map<String, Path> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, Path> file : want.entrySet()) {
            if (Files.mismatch(file.getValue(), got.get(file.getKey())) != -1) {
                differing.add(file.getKey());
            }
        }
        assertEquals(List.of(), differing, "files whose bytes differ from a full build");
    }

    private static Map<String, Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, Path> files = new TreeMap<>();
            walk.filter(Files::isRegularFile).forEach(file -> files.put(root.relativize(file).toString(), file));
            return files;
        }
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (Map.Entry<String, Path> file : files(root).entrySet()) {
            times.put(file.getKey(), Files.getLastModifiedTime(file.getValue()));
        }
        return times;
    }

    private static boolean isEmptyOrMissing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.noneMatch(Files::isRegularFile);
        }
    }

    private static String themeTemplate(String name) {
        try (InputStream in = IncrementalBuildTest.class.getClassLoader()
                .getResourceAsStream("rounds/theme/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void append(Path file, String text) {
        write(file, read(file) + text);
    }

    private static void replace(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        write(file, text.replace(from, to));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
