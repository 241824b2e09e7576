package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Log;
import dev.rounds.testing.Blogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that lists posts is made again when what it read of them changed, and only then: one that read only their
 * heads (title, path, dates...) stays as it is when a listed post's body is edited; one that read a card of it (its
 * summary and reading time) is made again only when the card changes; one that read anything else of a body is made
 * again. The templates print the time they were rendered at, so a page made again always differs.
 */
class ListedHeadsTest {

    @TempDir
    Path blog;

    @BeforeEach
    void blogWithThreePostsAndTemplatesThatShowWhenTheyRan() {
        write("src/templates/post.ftlh", "${post.title}|<#noautoesc>${post.contentHtml}</#noautoesc>|"
                + "<#if newer??>${newer.title} ${newer.path}</#if>|<#if older??>${older.title}</#if>|${.now?long?c}\n");
        // The archive reads heads only; each year's page reads a body property of every post it lists.
        write("src/templates/archive.ftlh", "<#list years as y><#list y.posts as p>${p.title} ${p.path} "
                + "${p.published.iso}\n</#list></#list>${.now?long?c}\n");
        write("src/templates/year.ftlh", "<#list year.posts as p>${p.title} ${p.wordCount}\n</#list>${.now?long?c}\n");
        // The home page shows cards: each listed post's summary and reading time (what a list's card shows).
        write("src/templates/index.ftlh", "<#list posts as p>${p.title} ${p.readingMinutes} <#noautoesc>"
                + "${p.summaryHtml}</#noautoesc>\n</#list>${.now?long?c}\n");
        post("2026-11-01-first.md", "First", "One two three.");
        post("2026-11-02-second.md", "Second", "Four five six.");
        post("2026-11-03-third.md", "Third", "Seven eight nine.");
    }

    @Test
    void aBodyEditRemakesThePostAndThePagesThatReadBodiesOnly() throws Exception {
        Map<String, String> before = build();

        post("2026-11-02-second.md", "Second", "Four five six, and a seventh word.");
        Map<String, String> after = build();

        assertNotEquals(before.get("second"), after.get("second"), "the edited post's page");
        assertTrue(after.get("second").contains("a seventh word"));
        assertNotEquals(before.get("year"), after.get("year"), "the year page reads each post's word count");
        assertTrue(after.get("year").contains("Second 7"), after.get("year"));
        assertEquals(before.get("archive"), after.get("archive"), "the archive read only heads");
        assertEquals(before.get("first"), after.get("first"), "a neighbour shows only the edited post's title");
        assertEquals(before.get("third"), after.get("third"), "the other neighbour too");
    }

    @Test
    void cardsAreRemadeWhenTheExcerptOrTheReadingTimeChangesAndNotForAnEditBelowTheExcerpt() throws Exception {
        post("2026-11-02-second.md", "Second", "Four five six.\n\nThe rest.");
        Map<String, String> before = build();

        post("2026-11-02-second.md", "Second", "Four five six.\n\nThe rest, and more.");
        Map<String, String> below = build();
        assertNotEquals(before.get("second"), below.get("second"), "the edited post's page");
        assertEquals(before.get("home"), below.get("home"), "an edit below the excerpt leaves the cards");

        post("2026-11-02-second.md", "Second", "Four five six seven.\n\nThe rest, and more.");
        Map<String, String> excerpt = build();
        assertNotEquals(below.get("home"), excerpt.get("home"), "a new excerpt");
        assertTrue(excerpt.get("home").contains("<p>Four five six seven.</p>"), excerpt.get("home"));

        post("2026-11-02-second.md", "Second", "Four five six seven.\n\n" + "word ".repeat(600));
        Map<String, String> longer = build();
        assertNotEquals(excerpt.get("home"), longer.get("home"), "a longer read");
        assertTrue(longer.get("home").contains("Second 3 <p>Four five six seven.</p>"), longer.get("home"));
        assertEquals(excerpt.get("archive"), longer.get("archive"), "the archive reads no card");
    }

    @Test
    void aHeadEditRemakesEveryPageThatShowsIt() throws Exception {
        Map<String, String> before = build();

        post("2026-11-02-second.md", "Second, revised", "Four five six.");
        Map<String, String> after = build();

        for (String page : List.of("second", "archive", "year", "first", "third")) {
            assertNotEquals(before.get(page), after.get(page), page);
        }
        assertTrue(after.get("archive").contains("Second, revised"));
        assertTrue(after.get("first").contains("Second, revised"), "the newer post's link");
        assertTrue(after.get("third").contains("Second, revised"), "the older post's link");
    }

    @Test
    void aTemplateThatStartsReadingBodiesIsFollowed() throws Exception {
        build();
        // A new template is a new fingerprint: everything is made again, and what it reads is noted afresh.
        write("src/templates/archive.ftlh", "<#list years as y><#list y.posts as p>${p.title} ${p.wordCount}\n"
                + "</#list></#list>${.now?long?c}\n");
        Map<String, String> before = build();

        post("2026-11-02-second.md", "Second", "Four five six, and a seventh word.");
        Map<String, String> after = build();

        assertNotEquals(before.get("archive"), after.get("archive"));
        assertTrue(after.get("archive").contains("Second 7"), after.get("archive"));
    }

    @Test
    void aNewTitleLeavesPagesThatDidNotReadTitlesAndOtherYearsPages() throws Exception {
        // The sitemap reads addresses and dates; each year's page its own posts' titles and the other years' links.
        write("src/templates/sitemap.ftlx", "<x><#list posts as p>${p.url} ${(p.modified.iso)!p.published.iso}\n"
                + "</#list>${.now?long?c}</x>\n");
        write("src/templates/year.ftlh", "<#list year.posts as p>${p.title}\n</#list><#list years as y>${y.year?c} "
                + "${y.path} ${y.count}\n</#list>${.now?long?c}\n");
        write("src/posts/2025-06-01-older.md", "---\ntitle: Older\n---\nFrom last year.\n");
        Map<String, String> before = build();

        post("2026-11-02-second.md", "Second, revised", "Four five six.");
        Map<String, String> retitled = build();

        assertNotEquals(before.get("year"), retitled.get("year"), "the year of the retitled post");
        assertTrue(retitled.get("year").contains("Second, revised"));
        assertEquals(before.get("lastYear"), retitled.get("lastYear"), "another year's page shows no 2026 title");
        assertTrue(retitled.get("lastYear").contains("2026 /2026/ 3"), retitled.get("lastYear"));
        assertEquals(before.get("sitemap"), retitled.get("sitemap"), "the sitemap shows no title");

        write("src/posts/2026-11-02-second.md", "---\ntitle: Second, revised\ndate: 2025-03-01\n---\nMoved.\n");
        Map<String, String> moved = build();

        assertNotEquals(retitled.get("lastYear"), moved.get("lastYear"), "the year it moved into");
        assertTrue(moved.get("lastYear").contains("Second, revised"), moved.get("lastYear"));
        assertNotEquals(retitled.get("sitemap"), moved.get("sitemap"), "a new address and date");
        assertTrue(moved.get("sitemap").contains("/2025/03/second/"), moved.get("sitemap"));
    }

    /** Builds, with a pause so that a page made again prints another time, and returns the pages by name. */
    private Map<String, String> build() throws InterruptedException {
        Thread.sleep(3);
        Path src = blog.resolve("src");
        BlogConfig config = new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), blog.resolve("target/site"), blog.resolve("target/rounds"),
                Blogs.settings(false), false, false, dev.rounds.credibility.CredibilitySettings.defaults(), true);
        Log quiet = new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { }
            @Override public void warn(String message) { }
            @Override public void error(String message) { }
        };
        new BlogBuilder(config, quiet, ListedHeadsTest.class.getClassLoader()).build();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("first", read("2026/11/first/index.html"));
        pages.put("second", Files.exists(blog.resolve("target/site/2026/11/second/index.html"))
                ? read("2026/11/second/index.html") : "(moved)");
        pages.put("third", read("2026/11/third/index.html"));
        pages.put("archive", read("archive/index.html"));
        pages.put("year", read("2026/index.html"));
        pages.put("lastYear", Files.exists(blog.resolve("target/site/2025/index.html")) ? read("2025/index.html")
                : "(no such page)");
        pages.put("sitemap", read("sitemap.xml"));
        pages.put("home", read("index.html"));
        return pages;
    }

    private String read(String page) {
        try {
            return Files.readString(blog.resolve("target/site").resolve(page));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void post(String name, String title, String body) {
        write("src/posts/" + name, "---\ntitle: " + title + "\n---\n" + body + "\n");
    }

    private void write(String path, String text) {
        try {
            Path file = blog.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
