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
class PostMemoTest {

    @TempDir
    Path blog;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aSaveReadsOnlyTheChangedPostAndBuildsTheSameSiteAsAFreshBuild() throws IOException {
        write("2026-11-01-sepsis.md", "---\ntitle: Sepsis\ndate: 2026-11-01\ntags: [sepsis]\n---\nThe first hour.\n");
        write("2026-11-02-asthma.md", "---\ntitle: Asthma\ndate: 2026-11-02\ntags: [asthma]\n---\nSpacers work.\n");
        write("2026-11-03-liquid.md", "---\ntitle: Liquid\ndate: 2026-11-03\n---\nSee {% include note.html %} here.\n");
        PostMemo memo = new PostMemo();
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
