package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.core.Log;
import dev.rounds.testing.Blogs;
import freemarker.ext.beans.BeanModel;
import freemarker.template.Configuration;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post's head reaches templates straight from the post, its other properties through FreeMarker's own model: for
 * every post of the example blog and every head property, a template gets the very value (of the same model class)
 * FreeMarker's bean model gives, and only reads beyond the head mark the post's body as read.
 */
class PostTrackingTest {

    @TempDir
    Path dir;

    @Test
    void theHeadReadStraightIsWhatFreeMarkerReadsAndOnlyTheBodyIsNoted() throws Exception {
        BuiltBlog blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), dir.resolve("target"), false), Log.silent(),
                getClass().getClassLoader()).build();
        PostTracking.Wrapper wrapper = new PostTracking.Wrapper(Configuration.VERSION_2_3_34);
        assertFalse(blog.posts().isEmpty());
        for (Post post : blog.posts()) {
            TemplateHashModel tracked = (TemplateHashModel) wrapper.wrap(post);
            BeanModel plain = new BeanModel(post, wrapper);
            Set<Post> read = new HashSet<>();
            for (String key : Post.HEAD_PROPERTIES) {
                TemplateModel fast = PostTracking.during(read, () -> get(tracked, key));
                TemplateModel slow = get(plain, key);
                assertEquals(slow == null ? null : slow.getClass(), fast == null ? null : fast.getClass(), key);
                assertEquals(slow == null ? null : DeepUnwrap.unwrap(slow),
                        fast == null ? null : DeepUnwrap.unwrap(fast), post.source() + " " + key);
            }
            assertEquals(Set.of(), read, "the head is not the body");
            PostTracking.during(read, () -> get(tracked, "readingMinutes"));
            assertTrue(read.contains(post), "the reading time is the body's");
        }
    }

    private static TemplateModel get(TemplateHashModel model, String key) {
        try {
            return model.get(key);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
