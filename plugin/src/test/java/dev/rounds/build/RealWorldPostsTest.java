package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Log;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts written for Jekyll and Hugo by others build without a crash; each oddity is a warning with file and line. */
class RealWorldPostsTest {

    @TempDir
    Path target;

    private final List<String> warnings = new ArrayList<>();
    private final Log log = new Log() {
        @Override public void debug(String message) { }
        @Override public void info(String message) { }
        @Override public void warn(String message) { warnings.add(message); }
        @Override public void error(String message) { warnings.add(message); }
    };

    @Test
    void jekyllAndHugoPostsBuildWithWarningsNamingFileAndLine() throws Exception {
        Path posts = Path.of("src/test/resources/realworld").toAbsolutePath();
        BuiltBlog blog = new BlogBuilder(Blogs.postsOnly(posts, target), log, getClass().getClassLoader()).build();

        assertTrue(blog.posts().size() >= 10, "posts built: " + blog.posts().size());
        assertTrue(warnings.stream().anyMatch(w -> w.matches("_posts/2019-05-04-moving-off-wordpress\\.md:\\d+: .*")),
                "unreadable date falls back to the file name, with a warning: " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.matches("hugo-shortcodes\\.md:\\d+: Template tag .*")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.matches("2016-03-26-liquid-highlight\\.md:\\d+: Template tag .*")));
        Post wordpress = blog.posts().stream().filter(p -> p.source().contains("moving-off-wordpress")).findFirst()
                .orElseThrow();
        assertEquals("2019-05-04", wordpress.date().toLocalDate().toString());
        assertTrue(blog.posts().stream().noneMatch(p -> p.source().contains("unpublished")), "published: false");
        for (Post post : blog.posts()) {
            String html = Files.readString(target.resolve("site").resolve(post.route()).resolve("index.html"));
            assertFalse(html.contains("{{<") || html.contains("{%"), post.source() + " still has template tags");
        }
    }
}
