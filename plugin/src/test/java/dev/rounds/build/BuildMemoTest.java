package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Log;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rounds:serve keeps posts between saves: the site it makes is the site a fresh build makes, warnings and all. */
class BuildMemoTest {

    @TempDir
    Path blog;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aSaveReadsOnlyTheChangedPostAndBuildsTheSameSiteAsAFreshBuild() throws IOException {
        write("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\ntags: [sepsis]\n---\nThe first hour.\n");
        write("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\ntags: [asthma]\n---\nSpacers work.\n");
        write("2026-11-03-liquid.md", "---\ntitle: Liquid\ndate: 2026-11-03\n---\nSee {% include note.html %} here.\n");
        BuildMemo memo = new BuildMemo();
        Map<String, Post> first = bySource(builder("served").withMemo(memo).build().posts());
        int warned = warnings.size();
        assertTrue(warned > 0, "the Liquid tag is reported");

        write("2026-11-02-asthma.md", "---\ntitle: Asthma, again\ndate: 2026-11-02\ntags: [asthma]\n---\nSpacers.\n");
        warnings.clear();
        Map<String, Post> second = bySource(builder("served").withMemo(memo).build().posts());

        assertSame(first.get("2026-11-01-sepsis.md"), second.get("2026-11-01-sepsis.md"), "not read again");
        assertSame(first.get("2026-11-03-liquid.md"), second.get("2026-11-03-liquid.md"), "not read again");
        assertNotSame(first.get("2026-11-02-asthma.md"), second.get("2026-11-02-asthma.md"));
        assertEquals("Asthma, again", second.get("2026-11-02-asthma.md").title());
        assertEquals(warned, warnings.size(), "an unchanged post's warnings are reported again");

        builder("fresh").build();
        assertEquals(FileTrees.contents(blog.resolve("fresh/site")), FileTrees.contents(blog.resolve("served/site")));
    }

    @Test
    void aWatchedMemoLooksOnlyAtTheFilesItIsToldOf() throws IOException {
        write("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\n---\nThe first hour.\n");
        BuildMemo memo = BuildMemo.watched();
        assertEquals(1, builder("served").withMemo(memo).build().posts().size());

        // Not told: the memo's view of the folder stands, so the build does not walk it and the post stays unseen.
        write("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work.\n");
        assertEquals(1, builder("served").withMemo(memo).build().posts().size());

        memo.changed(List.of(blog.resolve("src/posts/2026-11-02-asthma.md")));
        assertEquals(2, builder("served").withMemo(memo).build().posts().size());

        // A memo that is not told of changes walks the folder at every build.
        BuildMemo untold = new BuildMemo();
        builder("untold").withMemo(untold).build();
        write("2026-11-03-croup.md", "---\ntitle: Croup\ndate: 2026-11-03\n---\nSteam is out.\n");
        assertEquals(3, builder("untold").withMemo(untold).build().posts().size());
        memo.close();
        untold.close();
    }

    @Test
    void aPreviewFolderDeletedBetweenSavesIsMadeAgainInFull() throws IOException {
        write("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\ntags: [sepsis]\n---\nThe first hour.\n");
        write("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\n---\nSpacers work.\n");
        BuildMemo memo = BuildMemo.watched();
        builder("served").withMemo(memo).build();
        Map<String, String> whole = FileTrees.contents(blog.resolve("served/site"));

        // mvn clean in another terminal while rounds:serve runs: the pages it kept in memory are not on disk any more.
        FileTrees.delete(blog.resolve("served"));
        Path edited = blog.resolve("src/posts/2026-11-02-asthma.md");
        Files.writeString(edited, Files.readString(edited) + "Use them.\n");
        memo.changed(List.of(edited));
        builder("served").withMemo(memo).build();

        Map<String, String> again = FileTrees.contents(blog.resolve("served/site"));
        assertEquals(whole.keySet(), again.keySet());
        builder("fresh").build();
        assertEquals(FileTrees.contents(blog.resolve("fresh/site")), again);
        memo.close();
    }

    private BlogBuilder builder(String target) {
        Path src = blog.resolve("src");
        BlogConfig config = new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), blog.resolve(target + "/site"), blog.resolve(target + "/rounds"),
                Blogs.settings(false), false, false);
        Log log = new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { }
            @Override public synchronized void warn(String message) { warnings.add(message); }
            @Override public void error(String message) { }
        };
        return new BlogBuilder(config, log, getClass().getClassLoader());
    }

    private static Map<String, Post> bySource(List<Post> posts) {
        return posts.stream().collect(Collectors.toMap(Post::source, Function.identity()));
    }

    private void write(String name, String text) throws IOException {
        Path file = blog.resolve("src/posts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

}
