package dev.rounds.credibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import dev.rounds.testing.TinyBlog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review dates against rounds.reviewMaxAge; "today" is the tests' fixed now, 2026-11-25. */
class ReviewAgeTest {

    @TempDir
    Path root;

    private TinyBlog blog;

    private static CredibilitySettings maxAge(String period, CredibilitySettings.Action action) {
        return new CredibilitySettings(Period.parse(period), action, false, CredibilitySettings.DEFAULT_LINK_TIMEOUT, 1);
    }

    @BeforeEach
    void posts() {
        blog = new TinyBlog(root).authors("okafor:\n  name: Tunde Okafor\n  credentials: PharmD\n")
                .post("old.md", """
                        ---
                        title: Old advice
                        date: 2024-01-10
                        reviewedBy: okafor
                        lastReviewed: 2025-03-01
                        ---
                        Text.
                        """)
                .post("fresh.md", """
                        ---
                        title: Fresh advice
                        date: 2026-01-10
                        reviewedBy: okafor
                        lastReviewed: 2026-06-30
                        ---
                        Text.
                        """);
    }

    @Test
    void offByDefault() {
        assertFalse(blog.build().warningsText().contains("clinical review is"));
    }

    @Test
    void anOverdueReviewWarnsOnTheLastReviewedLineWithAFix() {
        List<String> warnings = blog.build(maxAge("P1Y", CredibilitySettings.Action.WARN)).warnings();
        assertEquals(List.of("old.md:5: The clinical review is 1 year 8 months old (last reviewed 2025-03-01; "
                + "rounds.reviewMaxAge is P1Y). Fix: Have the post reviewed again and set 'lastReviewed: 2026-11-25', "
                + "or unpublish it ('draft: true') until it is."), warnings);
    }

    @Test
    void anOverdueReviewFailsTheBuildWhenAskedAndLeavesNoSite() {
        InvalidInputException failed = assertThrows(InvalidInputException.class,
                () -> blog.build(maxAge("P18M", CredibilitySettings.Action.FAIL)));
        Problem problem = failed.problems().get(0);
        assertEquals("old.md", problem.source());
        assertEquals(5, problem.line());
        assertEquals(1, failed.problems().size(), "the fresh post is within 18 months");
        assertFalse(Files.exists(blog.site().resolve("index.html")));
    }

    @Test
    void aLongerLimitPassesBoth() {
        assertFalse(blog.build(maxAge("P2Y", CredibilitySettings.Action.FAIL)).warningsText()
                .contains("clinical review"));
    }

    @Test
    void reviewMetadataWithoutADateWarnsOnItsLine() {
        String warnings = blog.post("undated.md", """
                ---
                title: Undated
                date: 2026-01-10
                medicalAudience: patient
                reviewedBy: okafor
                ---
                Text.
                """).build().warningsText();
        assertTrue(warnings.contains("undated.md:5: The post has medical review metadata but no 'lastReviewed' date"),
                warnings);
    }

    @Test
    void aReviewDatedInTheFutureOrWithoutAReviewerWarns() {
        String warnings = blog.post("future.md", """
                ---
                title: Future
                date: 2026-01-10
                lastReviewed: 2027-01-01
                ---
                Text.
                """).build().warningsText();
        assertTrue(warnings.contains("future.md:4: 'lastReviewed: 2027-01-01' is in the future"), warnings);
        assertTrue(warnings.contains("future.md:4: The post has 'lastReviewed' but no 'reviewedBy'"), warnings);
    }

    @Test
    void draftsAreNotJudgedUntilTheyArePublished() {
        String warnings = blog.post("draft.md", """
                ---
                title: Draft
                date: 2024-01-10
                draft: true
                reviewedBy: okafor
                lastReviewed: 2020-01-01
                ---
                Text.
                """).build(maxAge("P1Y", CredibilitySettings.Action.WARN)).warningsText();
        assertFalse(warnings.contains("draft.md"), warnings);
    }

    @Test
    void describesAgesInWords() {
        assertEquals("1 year 2 months", ReviewAge.describe(Period.of(1, 2, 5)));
        assertEquals("2 years", ReviewAge.describe(Period.of(2, 0, 0)));
        assertEquals("12 days", ReviewAge.describe(Period.ofDays(12)));
    }
}
