package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.rounds.core.Log;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.HtmlChecker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The example blog's generated site, checked by the real validators a reader's browser and a feed reader stand for. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleBlogPagesTest {

    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    static Path target;

    private BuiltBlog blog;
    private Path site;

    @BeforeAll
    void build() {
        blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), target, false), Log.silent(),
                getClass().getClassLoader()).build();
        site = target.resolve("site");
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            errors.addAll(checker.check(page.toFile()));
        }
        assertTrue(pages.size() > 20, "expected the whole site, found " + pages.size() + " pages");
        assertEquals(List.of(), errors, "HTML errors in " + pages.size() + " pages");
    }

    @Test
    void theCheckerItselfRejectsBrokenHtml() throws Exception {
        Path broken = target.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"en\"><head></head><body><p><li>x</body></html>");
        assertFalse(new HtmlChecker().check(broken.toFile()).isEmpty(), "a page without <title> must fail");
    }

    @Test
    void feedIsAtomWithThePublishedPosts() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.resolve("feed.xml").toFile()));
        assertEquals("atom_1.0", feed.getFeedType());
        List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
        List<String> expected = blog.publishedPosts().stream().limit(20).map(Post::url).toList();
        assertEquals(expected, links);
        for (SyndEntry entry : feed.getEntries()) {
            assertTrue(entry.getPublishedDate() != null, entry.getLink());
        }
        // Each body's HTML is forgotten once its page is written; the feed renders it again, whole.
        List<Post> latest = blog.publishedPosts().stream().limit(20).toList();
        for (int i = 0; i < latest.size(); i++) {
            String content = feed.getEntries().get(i).getContents().get(0).getValue();
            assertEquals(latest.get(i).contentHtml(), content, latest.get(i).url());
            assertTrue(content.contains("<p>"), latest.get(i).url());
        }
    }

    @Test
    void draftsAndFuturePostsAreNowhere() throws Exception {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        String feed = Files.readString(site.resolve("feed.xml"));
        for (String hidden : List.of("vancomycin-auc-monitoring", "heat-waves-and-the-medication-list")) {
            assertFalse(sitemap.contains(hidden), hidden);
            assertFalse(feed.contains(hidden), hidden);
            try (Stream<Path> files = Files.walk(site)) {
                assertTrue(files.noneMatch(file -> file.toString().contains(hidden)), hidden);
            }
        }
    }

    @Test
    void everyPostHasCardsCanonicalAndSchemaOrgJsonLd() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Post post : blog.posts()) {
            String html = Files.readString(site.resolve(post.route()).resolve("index.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("<link rel=\"canonical\" href=\"" + post.url() + "\">"), post.source());
            assertTrue(html.contains("<meta property=\"og:title\""), post.source());
            String card = post.coverUrl() == null ? "summary" : "summary_large_image";
            assertTrue(html.contains("<meta name=\"twitter:card\" content=\"" + card + "\">"), post.source());
            Matcher matcher = JSON_LD.matcher(html);
            assertTrue(matcher.find(), "JSON-LD in " + post.source());
            JsonNode ld = json.readTree(matcher.group(1));
            assertEquals("https://schema.org", ld.path("@context").asText());
            String type = ld.path("@type").asText();
            assertTrue(Set.of("BlogPosting", "MedicalWebPage").contains(type), type);
            assertEquals(post.title(), ld.path("headline").asText());
            assertEquals(post.url(), ld.path("url").asText());
            assertFalse(ld.path("datePublished").asText().isEmpty(), post.source());
            if (post.author() != null) {
                assertEquals("Person", ld.path("author").path("@type").asText());
                assertEquals(post.author().name(), ld.path("author").path("name").asText());
            }
            if (post.reviewer() != null && post.frontMatter().lastReviewed() != null) {
                assertEquals("MedicalWebPage", type, post.source());
                assertEquals(post.reviewer().name(), ld.path("reviewedBy").path("name").asText());
            }
        }
    }

    @Test
    void aPostIsLabelledInItsOwnLanguage() throws Exception {
        for (Post post : blog.posts()) {
            String html = Files.readString(site.resolve(post.route()).resolve("index.html"), StandardCharsets.UTF_8);
            if (post.lang().equals("es")) {
                assertTrue(html.contains("min de lectura") && html.contains("Revisión médica de"), post.source());
                assertFalse(html.contains("min read"), post.source());
            } else if (post.author() != null) {
                assertTrue(html.contains("min read") && html.contains(">By <"), post.source());
            }
        }
    }

    @Test
    void headingIdsInThePageMatchTheTableOfContents() throws Exception {
        for (Post post : blog.posts()) {
            String html = Files.readString(site.resolve(post.route()).resolve("index.html"), StandardCharsets.UTF_8);
            Set<String> ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(r -> r.group(1))
                    .collect(Collectors.toSet());
            post.headings().forEach(heading -> assertTrue(ids.contains(heading.id()),
                    post.source() + " lacks #" + heading.id()));
        }
    }
}
