package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.core.Log;
import dev.rounds.testing.Blogs;
import freemarker.ext.beans.BeanModel;
import freemarker.template.Configuration;
import freemarker.template.TemplateHashModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post's head reaches templates straight from the post, its other properties through FreeMarker's own model: for
 * every post of the example blog and every head property, a template gets the very value (of the same model class)
 * FreeMarker's bean model gives (a date's parts too), each head property read is noted by its bit, only reads beyond
 * the head mark the post's body as read, and nothing read of the page's own post is noted.
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
            PostTracking.Reads all = new PostTracking.Reads(null);
            for (String key : Post.HEAD_PROPERTIES) {
                PostTracking.Reads one = new PostTracking.Reads(null);
                TemplateModel fast = PostTracking.during(one, () -> get(tracked, key));
                PostTracking.during(all, () -> get(tracked, key));
                TemplateModel slow = get(plain, key);
                if (slow != null && DeepUnwrap.unwrap(slow) instanceof DateView) {
                    // A date's parts are read straight from it; each is what FreeMarker's model of it gives.
                    for (String part : List.of("iso", "display", "year")) {
                        TemplateModel fastPart = get((TemplateHashModel) fast, part);
                        TemplateModel slowPart = get((TemplateHashModel) slow, part);
                        assertEquals(slowPart.getClass(), fastPart.getClass(), key + "." + part);
                        assertEquals(DeepUnwrap.unwrap(slowPart), DeepUnwrap.unwrap(fastPart), key + "." + part);
                    }
                } else {
                    assertEquals(slow == null ? null : slow.getClass(), fast == null ? null : fast.getClass(), key);
                }
                assertEquals(slow == null ? null : DeepUnwrap.unwrap(slow),
                        fast == null ? null : DeepUnwrap.unwrap(fast), post.source() + " " + key);
                assertEquals(List.of(key), PostHeads.names(one.listed()), "the one property read");
            }
            assertEquals(PostHeads.ALL, all.listed(), "the head is not the body");
            PostTracking.during(all, () -> get(tracked, "wordCount"));
            assertEquals(PostHeads.WHOLE, all.listed(), "the word count is the body's, beyond its card");
            PostTracking.Reads own = new PostTracking.Reads(post);
            PostTracking.during(own, () -> get(tracked, "wordCount"));
            PostTracking.during(own, () -> get(tracked, "title"));
            assertEquals(0, own.listed(), "the page's own post is not a listed one");
            // Method calls: post.title() is a head read; a date's parts and text are FreeMarker's.
            PostTracking.Reads call = new PostTracking.Reads(null);
            TemplateModel title = PostTracking.during(call, () -> beforeCall(tracked, "title"));
            assertEquals(post.title(), DeepUnwrap.unwrap((TemplateModel) ((TemplateMethodModelEx) title).exec(List.of())));
            assertEquals(1 << PostHeads.bit("title"), call.listed(), "post.title() reads the title");
            if (post.published() != null) {
                TemplateModel published = get(tracked, "published");
                TemplateModel iso = beforeCall(published, "iso");
                assertEquals(post.published().iso(),
                        DeepUnwrap.unwrap((TemplateModel) ((TemplateMethodModelEx) iso).exec(List.of())));
                assertEquals(((TemplateScalarModel) get(plain, "published")).getAsString(),
                        ((TemplateScalarModel) published).getAsString(), "${post.published}");
            }
            PostTracking.Reads finished = new PostTracking.Reads(null);
            PostTracking.during(finished, () -> get(tracked, "title"));
            get(tracked, "contentHtml");
            assertEquals(1 << PostHeads.bit("title"), finished.listed(), "reads after the render are not noted in it");
        }
    }

    /**
     * The site's plain values reach templates straight from the record, as FreeMarker's bean model gives them, and
     * are not noted; its lists (tags with their counts, years), a method call, its keys, values or text are noted as a
     * read of the lists ({@link PostHeads#SITE_LISTS}), which a page that read whole posts has already.
     */
    @Test
    void theSiteReadStraightIsWhatFreeMarkerReadsAndOnlyItsListsAreNoted() throws Exception {
        // ModelDigest keys a page that read no list by a copy of the view without them: a new component must be
        // read straight here or noted, and copied there.
        assertEquals(List.of("title", "description", "url", "basePath", "language", "disclaimer", "feedUrl", "tags",
                        "years", "preview"),
                java.util.Arrays.stream(SiteView.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toList(),
                "SiteView's components (PostTracking.Site and ModelDigest.withoutLists name them)");
        SiteView site = new SiteView("Ward Notes", "Notes from the ward.", "https://example.org/", "/", "en-GB",
                "Not medical advice.", "https://example.org/feed.xml",
                List.of(new TagRef("Sepsis", "sepsis", "/tags/sepsis/", 3)), List.of(2026, 2025), false);
        PostTracking.Wrapper wrapper = new PostTracking.Wrapper(Configuration.VERSION_2_3_34);
        TemplateHashModel tracked = (TemplateHashModel) wrapper.wrap(site);
        BeanModel plain = new BeanModel(site, wrapper);
        for (java.lang.reflect.RecordComponent component : SiteView.class.getRecordComponents()) {
            String key = component.getName();
            PostTracking.Reads reads = new PostTracking.Reads(null);
            TemplateModel fast = PostTracking.during(reads, () -> get(tracked, key));
            TemplateModel slow = get(plain, key);
            assertEquals(slow.getClass(), fast.getClass(), key);
            assertEquals(DeepUnwrap.unwrap(slow), DeepUnwrap.unwrap(fast), key);
            boolean list = key.equals("tags") || key.equals("years");
            assertEquals(list ? PostHeads.SITE_LISTS : 0, reads.listed(), key);
        }
        PostTracking.Reads call = new PostTracking.Reads(null);
        PostTracking.during(call, () -> beforeCall(tracked, "title"));
        assertEquals(PostHeads.SITE_LISTS, call.listed(), "site.title() is taken as reading anything");
        PostTracking.Reads keys = new PostTracking.Reads(null);
        PostTracking.during(keys, () -> {
            try {
                return ((freemarker.template.TemplateHashModelEx) tracked).keys();
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        assertEquals(PostHeads.SITE_LISTS, keys.listed(), "site?keys");
        PostTracking.Reads text = new PostTracking.Reads(null);
        String shown = PostTracking.during(text, () -> {
            try {
                return ((TemplateScalarModel) tracked).getAsString();
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        assertEquals(PostHeads.SITE_LISTS, text.listed(), "${site}");
        assertFalse(shown.isEmpty());
        PostTracking.Reads whole = new PostTracking.Reads(null);
        TemplateHashModel post = (TemplateHashModel) wrapper.wrap(blogPost());
        PostTracking.during(whole, () -> get(post, "wordCount"));
        PostTracking.during(whole, () -> get(tracked, "tags"));
        assertEquals(PostHeads.WHOLE, whole.listed(), "whole posts read: everything counts");
        assertEquals(true, PostHeads.readsSiteLists(PostHeads.WHOLE));
        assertEquals(true, PostHeads.faceted(PostHeads.SITE_LISTS | 1 << PostHeads.bit("title")),
                "the lists' bit leaves the posts keyed by their facets");
    }

    private Post blogPost() {
        BuiltBlog blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), dir.resolve("site-target"), false),
                Log.silent(), getClass().getClassLoader()).build();
        return blog.posts().get(0);
    }

    private static TemplateModel beforeCall(TemplateModel model, String key) {
        try {
            return ((MethodCallAwareTemplateHashModel) model).getBeforeMethodCall(key);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
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
