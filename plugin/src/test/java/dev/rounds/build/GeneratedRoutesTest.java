package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import dev.rounds.testing.TinyBlog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                .post("about.md", "---\ntitle: About\n---\nA page on a path of its own.\n");

        InvalidInputException failed = assertThrows(InvalidInputException.class, blog::build);

        List<Problem> problems = failed.problems();
        assertEquals(List.of(
                "2026-01-11-on-asthma.md:4: Its path /tags/asthma/ is that of the tag 'Asthma', a page Rounds makes"
                        + " itself.",
                "archive.md:1: Its path /archive/ is that of the archive, a page Rounds makes itself.",
                "tags.md:1: Its path /tags/ is that of the tag index, a page Rounds makes itself.",
                "year.md:3: Its path /2026/ is that of the page of the year 2026, a page Rounds makes itself."),
                problems.stream().map(p -> p.source() + ":" + p.line() + ": " + p.message()).sorted().toList());
        assertTrue(problems.stream().allMatch(p -> p.fix().contains("'slug' or 'permalink'")), problems.toString());
        assertTrue(Files.notExists(blog.site().resolve("archive/index.html")), "nothing is written");
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
    void theHomePagesLaterPagesAreTheSitesOwnToo() {
        TinyBlog blog = new TinyBlog(root);
        for (int day = 10; day < 22; day++) {
            blog.post("2026-01-" + day + "-post.md", "---\ntitle: Post " + day + "\ndate: 2026-01-" + day
                    + "\nslug: post-" + day + "\n---\nText.\n");
        }
        blog.post("more.md", "---\ntitle: More\npermalink: /page/2/\n---\nText.\n");

        InvalidInputException failed = assertThrows(InvalidInputException.class, blog::build);

        assertEquals(List.of("Its path /page/2/ is that of page 2 of the home page, a page Rounds makes itself."),
                failed.problems().stream().map(Problem::message).toList());
    }
}
