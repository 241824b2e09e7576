package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.core.RunStamp;
import dev.rounds.credibility.CredibilitySettings;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a build after an edit is an {@link EditBuild}, and what it hands on; when it must not be one. */
class EditBuildTest {

    @TempDir
    Path temp;

    @Test
    void theOtherPostsAreMadeWhenTheCampaignAsksForThem() throws IOException {
        Path blog = blog();
        BlogBuilder first = builder(blog, "site", CredibilitySettings.defaults());
        first.buildIfChanged();
        Files.writeString(post(blog, 1), Files.readString(post(blog, 1)) + "\nA later paragraph.\n");

        BlogBuilder again = builder(blog, "site", CredibilitySettings.defaults());
        BuiltBlog built = again.buildIfChanged().orElseThrow();
        BuiltBlog fresh = builder(blog, "fresh", CredibilitySettings.defaults()).build();

        assertTrue(again.editBuilt());
        BuiltBlog.Edits edits = built.edits().orElseThrow();
        assertEquals(List.of("post-1.md"), List.copyOf(edits.edited().keySet()));
        assertEquals(fresh.publishedPosts().stream().map(Post::source).toList(),
                edits.published().stream().map(BuiltBlog.Published::source).toList());
        assertEquals(fresh.posts().stream().map(Post::digest).toList(),
                built.posts().stream().map(Post::digest).toList());
        assertEquals(fresh.state().substring(fresh.state().indexOf(' ')),
                built.state().substring(built.state().indexOf(' ')), "the same clock span");
        assertEquals(FileTrees.contents(blog.resolve("fresh/site")), FileTrees.contents(blog.resolve("site/site")));
    }

    /**
     * The credibility settings are in the inputs' key, not in the fingerprint, and decide warnings an edit build
     * would carry over: set with an edit, they make a full build, whose warnings are those a fresh build reports.
     */
    @Test
    void newCredibilitySettingsWithAnEditMakeAFullBuild() throws IOException {
        Path blog = blog();
        builder(blog, "site", CredibilitySettings.defaults()).buildIfChanged();
        Files.writeString(post(blog, 2), Files.readString(post(blog, 2)) + "\nA later paragraph.\n");
        CredibilitySettings strict = new CredibilitySettings(Period.ofYears(1), CredibilitySettings.Action.WARN,
                false, CredibilitySettings.defaults().linkTimeout(), 4);

        List<String> debug = new ArrayList<>();
        BlogBuilder again = builder(blog, "site", strict, debug);
        again.buildIfChanged();

        assertFalse(again.editBuilt());
        assertEquals(List.of("Not an edit build: the last build's listing is missing or unreadable or made for another"
                + " site state or other credibility settings; building in full."), debug);
        List<Problem> warnings = RunStamp.read(blog.resolve("site/rounds").resolve(BlogBuilder.STAMP))
                .orElseThrow().warnings();
        assertFalse(warnings.isEmpty(), "the overdue review is reported");
        builder(blog, "fresh", strict).build();
        assertEquals(RunStamp.read(blog.resolve("fresh/rounds").resolve(BlogBuilder.STAMP)).orElseThrow().warnings(),
                warnings);
    }

    /**
     * rounds:build's warm-up of the campaign starts once in every build that makes pages: after the edited posts are
     * read in an edit build, and before the full build when the edit build declines early or late or is not tried.
     */
    @Test
    void theWarmUpStartsOnceWhateverKindOfBuildItIs() throws Exception {
        Path blog = blog();
        assertEquals(1, warmUps(builder(blog, "site", CredibilitySettings.defaults())), "no stamp: a full build");
        Files.writeString(post(blog, 1), Files.readString(post(blog, 1)) + "\nA later paragraph.\n");
        BlogBuilder edit = builder(blog, "site", CredibilitySettings.defaults());
        assertEquals(1, warmUps(edit), "an edit build");
        assertTrue(edit.editBuilt());
        Files.writeString(post(blog, 2), Files.readString(post(blog, 2)).replace("Opening words", "First words"));
        BlogBuilder newCard = builder(blog, "site", CredibilitySettings.defaults());
        assertEquals(1, warmUps(newCard), "declined once the edited post was read (its card changed)");
        assertFalse(newCard.editBuilt());
        Files.writeString(post(blog, 3), Files.readString(post(blog, 3)) + "\nA later paragraph.\n");
        BlogBuilder strict = builder(blog, "site", new CredibilitySettings(Period.ofYears(1),
                CredibilitySettings.Action.WARN, false, CredibilitySettings.defaults().linkTimeout(), 4));
        assertEquals(1, warmUps(strict), "declined before (other credibility settings)");
        assertFalse(strict.editBuilt());
        assertEquals(0, warmUps(builder(blog, "site", new CredibilitySettings(Period.ofYears(1),
                CredibilitySettings.Action.WARN, false, CredibilitySettings.defaults().linkTimeout(), 4))),
                "nothing to build: nothing to warm");
    }

    /**
     * An edit to a post the feed shows writes the feed again with the other posts' HTML as the last build kept it for
     * their very bytes ({@link FeedBodies}), not rendered again; a body kept under other bytes is not taken.
     */
    @Test
    void anEditToAFeedPostTakesTheOtherFeedPostsKeptHtml() throws IOException {
        Path blog = blog();
        BlogBuilder first = builder(blog, "site", CredibilitySettings.defaults());
        first.buildIfChanged();
        Path file = blog.resolve("site/rounds").resolve(FeedBodies.FILE);
        String version = first.cardTag();
        java.util.Map<String, FeedBodies.Body> kept = FeedBodies.read(file, version);
        assertEquals(java.util.Set.of("post-0.md", "post-1.md", "post-2.md", "post-3.md"), kept.keySet());
        for (int i = 0; i < 4; i++) {
            assertTrue(kept.get("post-" + i + ".md").html().contains("Opening words of post " + i), kept.toString());
        }
        assertEquals(java.util.Map.of(), FeedBodies.read(file, "another version "), "kept under the card tag only");

        // Marked bodies: one under its file's key (taken), one under another key (not taken).
        java.util.Map<String, FeedBodies.Body> marked = new java.util.LinkedHashMap<>(kept);
        marked.put("post-2.md", new FeedBodies.Body(kept.get("post-2.md").key(), "<p>Kept body of post 2.</p>"));
        marked.put("post-3.md", new FeedBodies.Body("other bytes", "<p>Stale body of post 3.</p>"));
        FeedBodies.write(file, version, marked, kept);
        Files.writeString(post(blog, 1), Files.readString(post(blog, 1)) + "\nA later paragraph.\n");
        BlogBuilder edit = builder(blog, "site", CredibilitySettings.defaults());
        edit.buildIfChanged();

        assertTrue(edit.editBuilt());
        String feed = Files.readString(blog.resolve("site/site/feed.xml"));
        assertTrue(feed.contains("Kept body of post 2."), feed);
        assertFalse(feed.contains("Stale body of post 3."), feed);
        assertTrue(feed.contains("Opening words of post 3"), "rendered instead: " + feed);
        assertTrue(feed.contains("A later paragraph."), feed);
        java.util.Map<String, FeedBodies.Body> after = FeedBodies.read(file, version);
        assertTrue(after.get("post-1.md").html().contains("A later paragraph."), "the edited post's body is kept");
        assertEquals(kept.get("post-3.md"), after.get("post-3.md"), "post 3's body kept again for its own bytes");

        // A full build (a new post) takes them the same way.
        java.util.Map<String, FeedBodies.Body> marked2 = new java.util.LinkedHashMap<>(after);
        marked2.put("post-2.md", new FeedBodies.Body(after.get("post-2.md").key(), "<p>Kept again, post 2.</p>"));
        // (Not post 3: the new post's neighbour, whose page is made again, renders its body.)
        marked2.put("post-0.md", new FeedBodies.Body("other bytes", "<p>Stale again, post 0.</p>"));
        FeedBodies.write(file, version, marked2, after);
        Files.writeString(post(blog, 4), "---\ntitle: Post 4\ndate: 2025-02-20\n---\nA new post.\n");
        BlogBuilder full = builder(blog, "site", CredibilitySettings.defaults());
        full.buildIfChanged();
        assertFalse(full.editBuilt());
        feed = Files.readString(blog.resolve("site/site/feed.xml"));
        assertTrue(feed.contains("Kept again, post 2."), feed);
        assertFalse(feed.contains("Stale again, post 0."), feed);
        assertTrue(feed.contains("Opening words of post 0"), feed);
        assertTrue(feed.contains("A new post."), feed);
    }

    /** How many times the build started its warm-up (each start counted once it ran). */
    private static int warmUps(BlogBuilder builder) throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        builder.withWarmUp(() -> {
            started.incrementAndGet();
            first.countDown();
        });
        boolean built = builder.buildIfChanged().isPresent();
        // The warm-up runs on a thread of its own: wait for the first, then give a second time to show.
        boolean ran = first.await(built ? 20 : 1, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(ran ? 300 : 0);
        return started.get();
    }

    /** A post with files beside it (a bundle) is read with them, as a full build reads it. */
    @Test
    void anEditedBundleIsAnEdit() throws IOException {
        Path blog = blog();
        Path bundle = blog.resolve("src/posts/bundle/index.md");
        Files.createDirectories(bundle.getParent());
        Files.writeString(bundle, "---\ntitle: A bundle\ndate: 2025-03-03\n---\nWords beside a figure.\n");
        Files.write(bundle.resolveSibling("figure.png"), new byte[] {1, 2, 3});
        builder(blog, "site", CredibilitySettings.defaults()).buildIfChanged();
        Files.writeString(bundle, Files.readString(bundle) + "\nA later paragraph.\n");

        BlogBuilder again = builder(blog, "site", CredibilitySettings.defaults());
        again.buildIfChanged();
        builder(blog, "fresh", CredibilitySettings.defaults()).build();

        assertTrue(again.editBuilt());
        assertEquals(FileTrees.contents(blog.resolve("fresh/site")), FileTrees.contents(blog.resolve("site/site")));
        assertTrue(Files.exists(blog.resolve("site/site/2025/03/bundle/figure.png")));
    }

    /** A build that cannot be an edit build says why (with mvn -X): here, the edited post's opening, on its card. */
    @Test
    void aDeclinedEditBuildSaysWhy() throws IOException {
        Path blog = blog();
        builder(blog, "site", CredibilitySettings.defaults()).buildIfChanged();
        Files.writeString(post(blog, 3), Files.readString(post(blog, 3)).replace("Opening words", "New opening words"));

        List<String> debug = new ArrayList<>();
        BlogBuilder again = builder(blog, "site", CredibilitySettings.defaults(), debug);
        again.buildIfChanged();

        assertFalse(again.editBuilt());
        assertEquals(List.of("Not an edit build: the card of post-3.md changed (its summary or reading time); building in"
                + " full."), debug);
    }

    /** The reasons known before an edit build is tried are given too: here, a post added beside the edit. */
    @Test
    void aPostAddedBesideAnEditIsNamedAsTheReason() throws IOException {
        Path blog = blog();
        builder(blog, "site", CredibilitySettings.defaults()).buildIfChanged();
        Files.writeString(post(blog, 1), Files.readString(post(blog, 1)) + "\nA later paragraph.\n");
        Files.writeString(post(blog, 9), "---\ntitle: Post 9\ndate: 2025-02-19\n---\nNew.\n");

        List<String> debug = new ArrayList<>();
        BlogBuilder again = builder(blog, "site", CredibilitySettings.defaults(), debug);
        again.buildIfChanged();

        assertFalse(again.editBuilt());
        assertEquals(List.of("Not an edit build: a file under the posts folder came or went; building in full."),
                debug);
    }

    private Path blog() throws IOException {
        Path blog = temp.resolve("blog");
        for (int i = 0; i < 4; i++) {
            Path file = post(blog, i);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: Post " + i + "\ndate: 2025-02-1" + i + "\ntags: [wards]\n"
                    + "lastReviewed: 2020-01-0" + (i + 1) + "\nreviewedBy: a-reviewer\n---\nOpening words of post " + i
                    + ".\n\n## A section\n\nMore words.\n");
        }
        return blog;
    }

    private static Path post(Path blog, int i) {
        return blog.resolve("src/posts/post-" + i + ".md");
    }

    private static BlogBuilder builder(Path blog, String target, CredibilitySettings credibility) {
        return builder(blog, target, credibility, new ArrayList<>());
    }

    /** @param debug collects what the builder logs at debug level */
    private static BlogBuilder builder(Path blog, String target, CredibilitySettings credibility,
                                       List<String> debug) {
        BlogConfig plain = Blogs.config(blog, blog.resolve(target), false);
        BlogConfig config = new BlogConfig(plain.postsDirectory(), plain.templatesDirectory(),
                plain.staticDirectory(), plain.authorsFile(), plain.outputDirectory(), plain.workDirectory(),
                plain.site(), false, false, credibility, true);
        Log log = new Log() {
            @Override public void debug(String message) {
                debug.add(message);
            }
            @Override public void info(String message) { }
            @Override public void warn(String message) { }
            @Override public void error(String message) { }
        };
        return new BlogBuilder(config, log, EditBuildTest.class.getClassLoader());
    }
}
