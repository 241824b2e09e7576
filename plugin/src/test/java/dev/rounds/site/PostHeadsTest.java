package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.core.RecordShape;
import dev.rounds.markdown.MarkdownRenderer;
import dev.rounds.markdown.RenderedMarkdown;
import dev.rounds.testing.Blogs;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A facet stands for its property exactly: over the example blog's posts and copies of them with one property
 * changed (a title, a date in another zone at the same instant, a language, a tag, a cover, an author key "null"...),
 * two posts with the same facet have equal values of the property, and {@link PostHeads#sameFacet} says the same as
 * comparing the facets. The card's two properties (summary and reading time) are checked over bodies edited below
 * their excerpt, with another excerpt, a written summary, a longer read, and a card known from an earlier build.
 */
class PostHeadsTest {

    @TempDir
    Path dir;

    @Test
    void equalFacetsMeanEqualValuesAndSameFacetAgrees() throws Exception {
        List<Post> posts = new ArrayList<>(new BlogBuilder(Blogs.config(Blogs.exampleBlog(), dir.resolve("target"),
                true), Log.silent(), getClass().getClassLoader()).build().posts());
        assertFalse(posts.isEmpty());
        Post first = posts.get(0);
        List<Post> pool = new ArrayList<>(posts);
        pool.add(with(first, "title", first.title() + " "));
        pool.add(with(first, "date", first.date().withZoneSameInstant(ZoneId.of("UTC"))));
        pool.add(with(first, "date", first.date().withZoneSameInstant(ZoneId.of("Z"))));
        pool.add(with(first, "updated", null));
        pool.add(with(first, "updated", ZonedDateTime.parse("2026-01-02T03:04:05Z")));
        pool.add(with(first, "lang", "es"));
        pool.add(with(first, "lang", null));
        pool.add(with(first, "coverUrl", null));
        pool.add(with(first, "coverUrl", "null"));
        pool.add(with(first, "tags", List.of()));
        pool.add(with(first, "tags", List.of(new TagRef("a\u0000b", "ab", "/tags/ab/", 0))));
        pool.add(with(first, "tags", List.of(new TagRef("a", "a", "/tags/a/", 0), new TagRef("b", "b", "/tags/b/", 0))));
        pool.add(with(first, "draft", !first.draft()));
        pool.add(with(first, "frontMatter", with(first.frontMatter(), "author", "null")));
        pool.add(with(first, "frontMatter", with(first.frontMatter(), "author", null)));
        pool.add(with(first, "frontMatter", with(first.frontMatter(), "reviewedBy", "-")));
        // Bodies: an edit below the excerpt (same card), another excerpt, a front matter summary, a longer read, and
        // a body not rendered whose card is known from an earlier build.
        MarkdownRenderer markdown = new MarkdownRenderer(false);
        String words = "word ".repeat(300);
        for (String body : List.of("The first hour.\n\nThen fluids.", "The first hour.\n\nThen fluids, early.",
                "The second hour.\n\nThen fluids.", "The first hour.\n\n" + words, "The first hour.\n\n"
                + words + words)) {
            pool.add(with(first, "body", PostBody.of(render(markdown, body), null, null)));
            pool.add(with(first, "body", PostBody.of(render(markdown, body), "A summary & more", null)));
            String known = PostBody.of(render(markdown, body), null, null).card();
            pool.add(with(first, "body", new PostBody(() -> render(markdown, body), null, null, known)));
        }
        int checked = 0;
        for (int bit = 0; bit < PostHeads.ORDER.size(); bit++) {
            if (!PostHeads.faceted(1 << bit)) {
                continue;
            }
            String property = PostHeads.ORDER.get(bit);
            Function<Post, Object> value = valueOf(property);
            for (Post a : pool) {
                for (Post b : pool) {
                    boolean sameFacet = PostHeads.facet(a, bit).equals(PostHeads.facet(b, bit));
                    assertEquals(sameFacet, PostHeads.sameFacet(a, b, bit), property + ": " + a.source());
                    if (sameFacet) {
                        assertEquals(value.apply(a), value.apply(b), property + " of two posts with one facet");
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "pairs checked: " + checked);
        assertFalse(PostHeads.faceted(1 << PostHeads.bit("frontMatter")), "the front matter has no facet");
        assertFalse(PostHeads.faceted(PostHeads.WHOLE));
    }

    /** What a template sees of the property: the post's value, the author's key for author and reviewer. */
    private static Function<Post, Object> valueOf(String property) {
        if (property.equals("summaryHtml")) {
            return Post::summaryHtml;
        }
        if (property.equals("readingMinutes")) {
            return Post::readingMinutes;
        }
        if (property.equals("author") || property.equals("reviewer")) {
            return post -> post.frontMatter() == null ? null
                    : property.equals("author") ? post.frontMatter().author() : post.frontMatter().reviewedBy();
        }
        return post -> read(post, property);
    }

    private static RenderedMarkdown render(MarkdownRenderer markdown, String body) {
        return markdown.render("a.md", body, 1, "<!--more-->", new Problems());
    }

    private static Object read(Record record, String component) {
        RecordShape shape = RecordShape.of(record.getClass());
        for (int i = 0; i < shape.names().length; i++) {
            if (shape.names()[i].equals(component)) {
                try {
                    return shape.accessors()[i].invoke(record);
                } catch (ReflectiveOperationException failed) {
                    throw new IllegalStateException(failed);
                }
            }
        }
        throw new IllegalArgumentException(component);
    }

    /** A copy of the record with one component replaced. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, String component, Object value) {
        RecordShape shape = RecordShape.of(record.getClass());
        Object[] values = new Object[shape.names().length];
        boolean found = false;
        for (int i = 0; i < values.length; i++) {
            Method accessor = shape.accessors()[i];
            try {
                values[i] = shape.names()[i].equals(component) ? value : accessor.invoke(record);
            } catch (ReflectiveOperationException failed) {
                throw new IllegalStateException(failed);
            }
            found |= shape.names()[i].equals(component);
        }
        assertTrue(found, component);
        try {
            return (R) shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Test
    void aMaskOfHeadPropertiesIsFacetedUnlessItReadsTheReferencesOrTheWholeFrontMatter() {
        assertTrue(PostHeads.faceted(0));
        assertTrue(PostHeads.faceted((1 << PostHeads.bit("url")) | (1 << PostHeads.bit("modified"))));
        assertFalse(PostHeads.faceted(1 << PostHeads.bit("references")));
        assertFalse(PostHeads.faceted(PostHeads.ALL));
        assertEquals(List.of("url", "published", "modified"), PostHeads.names((1 << PostHeads.bit("url"))
                | (1 << PostHeads.bit("published")) | (1 << PostHeads.bit("modified"))));
        assertTrue(Objects.equals(PostHeads.ORDER.size(), Post.HEAD_PROPERTIES.size()));
    }
}
