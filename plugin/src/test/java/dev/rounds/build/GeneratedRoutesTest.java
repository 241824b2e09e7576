package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import dev.rounds.site.GeneratedRoutes;
import dev.rounds.site.TagRef;
import dev.rounds.testing.TinyBlog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post or page whose path is that of a page Rounds makes itself (the home page's later pages, the tag index, a tag's
 * page, the archive, a year's page) would share its file with it: the build fails and names both, all at once.
 */
class GeneratedRoutesTest {

    @TempDir
    Path root;

    @Test
    void aPostOnTheSitesOwnPagesIsReportedWithWhereAndHowToFixIt() {
        TinyBlog blog = new TinyBlog(root)
                .post("archive.md", "---\ntitle: Archive of my talks\n---\nSlides.\n")
                .post("tags.md", "---\ntitle: Tags I use\n---\nA list.\n")
                .post("2026-01-10-asthma.md", "---\ntitle: Asthma\ndate: 2026-01-10\ntags: [Asthma]\n---\nText.\n")
                .post("2026-01-11-on-asthma.md", "---\ntitle: On asthma\ndate: 2026-01-11\n"
                        + "permalink: /tags/asthma/\n---\nText.\n")
                .post("year.md", "---\ntitle: My year\nslug: \"2026\"\n---\nLooking back.\n")
                .post("feed.md", "---\ntitle: Feed\nlang: en\nurl: /feed.xml\n---\nOur feeds.\n")
                .post("about.md", "---\ntitle: About\n---\nA page on a path of its own.\n");

        InvalidInputException failed = assertThrows(InvalidInputException.class, blog::build);

        List<Problem> problems = failed.problems();
        assertEquals(List.of(
                "2026-01-11-on-asthma.md:4: Its path /tags/asthma/ is that of the tag 'Asthma', which Rounds makes"
                        + " itself.",
                "archive.md:1: Its path /archive/ is that of the archive, which Rounds makes itself.",
                "feed.md:4: Its path /feed.xml/ is that of the file feed.xml, which Rounds makes itself.",
                "tags.md:1: Its path /tags/ is that of the tag index, which Rounds makes itself.",
                "year.md:3: Its path /2026/ is that of the page of the year 2026, which Rounds makes itself."),
                problems.stream().map(p -> p.source() + ":" + p.line() + ": " + p.message()).sorted().toList());
        assertTrue(problems.stream().allMatch(p -> p.fix().contains("'slug' or 'permalink'")), problems.toString());
        assertTrue(Files.notExists(blog.site().resolve("archive/index.html")), "nothing is written");
    }

    /**
     * The routes are those the build writes: every folder of the site with an index.html is a post's, a page's or one
     * of them, and each of them is written (a tag spelt two ways is one tag; the home page and a tag have a second
     * page; two years).
     */
    @Test
    void theRoutesAreThoseTheBuildWrites() throws IOException {
        TinyBlog blog = new TinyBlog(root).post("about.md", "---\ntitle: About\n---\nWho writes here.\n");
        for (int day = 10; day < 22; day++) {
            blog.post("2025-12-" + day + "-post-" + day + ".md", "---\ntitle: Post " + day + "\ndate: 202"
                    + (day % 2 + 4) + "-12-" + day + "\ntags: [" + (day % 3 == 0 ? "Night shifts" : "night-shifts")
                    + ", Asthma]\n---\nText.\n");
        }

        TinyBlog.Built built = blog.build();

        Set<String> written;
        try (Stream<Path> files = Files.walk(blog.site())) {
            written = files.filter(file -> file.getFileName().toString().equals("index.html"))
                    .map(file -> blog.site().relativize(file.getParent()).toString())
                    .map(folder -> folder.isEmpty() ? "" : folder.replace('\\', '/') + "/")
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        // The tags as a reader counts them: posts by tag slug.
        Map<String, Long> counts = built.blog().posts().stream().flatMap(post -> post.tags().stream())
                .collect(Collectors.groupingBy(TagRef::slug, Collectors.counting()));
        List<TagRef> tags = counts.entrySet().stream()
                .map(tag -> new TagRef(tag.getKey(), tag.getKey(), "", tag.getValue().intValue())).toList();
        Set<String> expected = new TreeSet<>(GeneratedRoutes.of(built.blog().posts(), tags,
                built.blog().settings().pageSize()).keySet().stream().filter(route -> !route.contains(".")).toList());
        built.blog().posts().forEach(post -> expected.add(post.route()));
        built.blog().pages().forEach(page -> expected.add(page.route()));
        assertEquals(expected, written);
        assertTrue(written.contains("tags/night-shifts/page/2/") && written.contains("page/2/"), written.toString());
    }

    /** A draft is not built (without drafts in the build), so it takes no path yet. */
    @Test
    void aDraftOnTheArchivesPathIsNoProblemUntilDraftsAreBuilt() throws IOException {
        TinyBlog blog = new TinyBlog(root)
                .post("archive.md", "---\ntitle: Archive of my talks\ndraft: true\n---\nSlides.\n")
                .post("2026-01-10-asthma.md", "---\ntitle: Asthma\ndate: 2026-01-10\n---\nText.\n");

        blog.build();

        assertTrue(Files.readString(blog.site().resolve("archive/index.html")).contains("Asthma"), "the archive");
    }

    @Test
    void theLaterPagesOfTheHomePageAndOfATagAreTheSitesOwnToo() {
        TinyBlog blog = new TinyBlog(root);
        for (int day = 10; day < 22; day++) {
            blog.post("2026-01-" + day + "-post.md", "---\ntitle: Post " + day + "\ndate: 2026-01-" + day
                    + "\nslug: post-" + day + "\ntags: [Night shifts]\n---\nText.\n");
        }
        blog.post("more.md", "---\ntitle: More\npermalink: /page/2/\n---\nText.\n")
                .post("nights.md", "---\ntitle: Nights\npermalink: /tags/night-shifts/page/2/\n---\nText.\n")
                .post("free.md", "---\ntitle: Free\npermalink: /tags/night-shifts/page/3/\n---\nText.\n");

        InvalidInputException failed = assertThrows(InvalidInputException.class, blog::build);

        assertEquals(List.of("Its path /page/2/ is that of page 2 of the home page, which Rounds makes itself.",
                "Its path /tags/night-shifts/page/2/ is that of page 2 of the tag 'Night shifts', which Rounds makes"
                        + " itself."),
                failed.problems().stream().map(Problem::message).sorted().toList());
    }
}
