package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import dev.rounds.testing.Blogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The confidentiality guard inside the campaign: blocked teasers, acknowledgements, findings in post bodies. */
class GuardInCampaignTest {

    @TempDir
    Path dir;

    private Campaign plan(String frontMatterExtra, String body, Problems problems) throws Exception {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("case.md"), "---\ntitle: A case of sepsis we learned from\ndate: 2026-10-01\n"
                + frontMatterExtra + "---\n" + body);
        BuiltBlog blog = new BlogBuilder(Blogs.postsOnly(posts, dir.resolve("target")), Log.silent(),
                getClass().getClassLoader()).build();
        return new CampaignPlanner(CampaignSettings.defaults(ZoneId.of("UTC")), blog.settings().siteUrl(),
                Log.silent()).plan(blog.publishedPosts(), problems);
    }

    private static final String MARKED = "Early antibiotics matter most in septic shock.\n\n"
            + "We remember Mr. Alvarez, who waited four hours for his first dose of antibiotics.\n{.tweet}\n\n"
            + "## Lessons\n\nA sepsis screen is only useful when someone acts on it within the hour.\n";

    @Test
    void aTeaserNamingAPatientIsBlockedWithItsFinding() throws Exception {
        Problems problems = new Problems();
        Campaign campaign = plan("", MARKED, problems);
        List<ScheduledTweet> blocked = campaign.blocked();
        assertEquals(1, blocked.size(), campaign.tweets().toString());
        GuardFinding finding = blocked.get(0).findings().get(0);
        assertEquals("name", finding.category());
        assertTrue(finding.matched().contains("Alvarez"));
        assertFalse(finding.acknowledged());
        assertTrue(campaign.tweets().stream().filter(t -> !t.blocked()).allMatch(t -> t.findings().isEmpty()));
    }

    @Test
    void anAcknowledgedFindingNoLongerBlocks() throws Exception {
        String id = plan("", MARKED, new Problems()).blocked().get(0).findings().get(0).id();
        Campaign campaign = plan("acknowledged:\n  - " + id + "\n", MARKED, new Problems());
        assertTrue(campaign.blocked().isEmpty());
        assertTrue(campaign.tweets().stream().anyMatch(t -> t.findings().stream().anyMatch(GuardFinding::acknowledged)));
    }

    @Test
    void aHighConfidenceIdentifierInThePostBodyIsAnErrorWithFileAndLine() throws Exception {
        Problems problems = new Problems();
        plan("", "Sepsis care starts with recognition.\n\nThe patient (MRN 00482913) was admitted on 3/14/2026.\n",
                problems);
        List<Problem> errors = problems.errors();
        assertFalse(errors.isEmpty(), problems.all().toString());
        assertEquals("case.md", errors.get(0).source());
        assertEquals(7, errors.get(0).line());
        assertTrue(errors.get(0).fix().contains("acknowledged:"));
    }

    @Test
    void identifiersInTablesAndCodeAreFoundButTablesNeverBecomeTeasers() throws Exception {
        Problems problems = new Problems();
        Campaign campaign = plan("", "Sepsis care starts with recognition at the bedside, every time.\n\n"
                + "| Case | Detail |\n|---|---|\n| 1 | Mr. Alvarez, DOB 04/12/1950 |\n\n"
                + "```\nMRN: 00482913\n```\n", problems);
        List<String> found = problems.all().stream().map(Problem::message).toList();
        assertTrue(found.stream().anyMatch(m -> m.contains("Alvarez") || m.contains("04/12/1950")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.contains("00482913")), found.toString());
        assertTrue(campaign.tweets().stream().noneMatch(t -> t.text().contains("Alvarez")));
    }

    @Test
    void ordinaryClinicalWritingRaisesNothing() throws Exception {
        Problems problems = new Problems();
        Campaign campaign = plan("", "In the 2019 trial, 35% of adults over 65 received 30 mL/kg within 3 hours.\n\n"
                + "Call 911 for chest pain. PMID: 26903338 describes Sepsis-3.\n", problems);
        assertTrue(campaign.blocked().isEmpty());
        assertTrue(problems.all().isEmpty(), problems.all().toString());
    }
}
