package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Log;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleBlogBuildTest {

    @TempDir
    Path target;

    @Test
    void buildsTheExampleBlog() throws Exception {
        BuiltBlog blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), target, false), Log.silent(),
                getClass().getClassLoader()).build();
        Path site = target.resolve("site");
        for (Post post : blog.posts()) {
            assertTrue(Files.isRegularFile(site.resolve(post.route()).resolve("index.html")), post.route());
            assertFalse(post.draft() || post.scheduled(), post.source() + " must not be listed");
        }
        assertTrue(Files.isRegularFile(site.resolve("feed.xml")));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        System.out.println(blog.posts().stream().map(p -> p.route() + " " + p.title()).toList());
    }
}
