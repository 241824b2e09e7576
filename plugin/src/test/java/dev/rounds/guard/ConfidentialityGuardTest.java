package dev.rounds.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConfidentialityGuardTest {

    private final ConfidentialityGuard guard = new ConfidentialityGuard("rounds.example.org");

    @Test
    void tweetLinksElsewhereAreFindingsButTheBlogsOwnAreNot() {
        String tweet = "Why we stopped routine troponins https://rounds.example.org/troponin via https://www.bmj.com/x";
        List<Finding> findings = guard.scanTweet(tweet);
        assertEquals(1, findings.size(), findings.toString());
        Finding link = findings.get(0);
        assertEquals(Category.EXTERNAL_LINK, link.category());
        assertEquals("https://www.bmj.com/x", link.matched());
        assertEquals(Confidence.MEDIUM, link.confidence());
    }

    @Test
    void postBodiesMayCiteOtherSites() {
        assertEquals(List.of(), guard.scanPost("The trial is at https://www.nejm.org/doi/full/10.1056/NEJMoa1511939."));
    }

    @Test
    void subdomainsOfTheBlogAreItsOwnAndTheHostMayBeGivenAsAUrl() {
        ConfidentialityGuard fromUrl = new ConfidentialityGuard("https://Rounds.Example.org/");
        assertEquals(List.of(), fromUrl.scanTweet("New post https://www.rounds.example.org/a and m.rounds.example.org/b"));
        assertEquals(1, fromUrl.scanTweet("See https://evilrounds.example.org.attacker.net/a").size());
    }

    @Test
    void withoutABlogHostLinksAreNotJudged() {
        assertEquals(List.of(), new ConfidentialityGuard(null).scanTweet("Read https://www.bmj.com/x"));
        assertEquals(List.of(), new ConfidentialityGuard("  ").scanTweet("Read https://www.bmj.com/x"));
    }

    @Test
    void findingsCarryTheLineWithinTheBody() {
        String body = "# Case\n\nA quiet night on call.\n\nMr. Alvarez was admitted with chest pain.\n";
        List<Finding> findings = guard.scanPost(body);
        assertEquals(1, findings.size(), findings.toString());
        Finding name = findings.get(0);
        assertEquals(5, name.line());
        assertEquals("Mr. Alvarez", name.matched());
        assertEquals("titled-name", name.rule());
        assertEquals(Confidence.HIGH, name.confidence());
        assertEquals(FindingId.of(Category.NAME, "Mr. Alvarez"), name.id());
        assertTrue(name.suggestion().contains("neutral description"), name.suggestion());
    }

    @Test
    void overlappingMatchesYieldOneFindingTheSurest() {
        List<Finding> findings = guard.scanPost("93 y/o M with delirium.");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Category.AGE_OVER_89, findings.get(0).category());
        assertEquals(Confidence.HIGH, findings.get(0).confidence());
    }

    @Test
    void everyIdentifierInASentenceIsReportedInTextOrder() {
        List<Finding> findings = guard.scanTweet("Mrs Okafor, DOB 04/12/1957, MRN 00482913, lives at 42 Elm Street.");
        assertEquals(List.of(Category.NAME, Category.CARE_DATE, Category.RECORD_NUMBER, Category.STREET_ADDRESS),
                findings.stream().map(Finding::category).toList());
    }

    @Test
    void ordinaryClinicalWritingIsClean() {
        String body = """
                As Osler wrote, listen to the patient. Dr. Fauci said the same in 2020.

                The 2019 SPRINT trial compared targets of 120 and 140 mmHg; give 500 mg twice daily, 5% dextrose.
                The clinic is open 8:00-17:00. Call 911, 999 or 112 in an emergency.
                See doi:10.1056/NEJMoa1511939 and PMID: 31234567.
                On March 3, 2024 we hosted a journal club. Adults over 65 and patients aged 90 and older differ.
                """;
        assertEquals(List.of(), guard.scanPost(body));
    }

    @Test
    void idsIgnoreCaseSpacingAndLineButNotCategory() {
        assertEquals(FindingId.of(Category.NAME, "Mr. Alvarez"), FindingId.of(Category.NAME, " mr.\n  ALVAREZ "));
        assertNotEquals(FindingId.of(Category.NAME, "Mr. Alvarez"), FindingId.of(Category.NAME, "Mr. Alvares"));
        assertNotEquals(FindingId.of(Category.NAME, "x"), FindingId.of(Category.EMAIL, "x"));
        assertTrue(FindingId.of(Category.CARE_DATE, "admitted on March 3").matches("care-date:[0-9a-f]{8}"));
    }

    @Test
    void categoriesHaveKebabCaseJsonNames() {
        assertEquals("initials-age-sex", Category.INITIALS_AGE_SEX.jsonName());
        assertEquals(Category.EXTERNAL_LINK, Category.fromJsonName("external-link"));
        assertThrows(IllegalArgumentException.class, () -> Category.fromJsonName("nope"));
    }

    @Test
    void findingRejectsALineBeforeTheFirst() {
        assertThrows(IllegalArgumentException.class,
                () -> new Finding("name:00000000", Category.NAME, "r", "m", 0, Confidence.HIGH, "s"));
    }

    @Test
    void oneGuardGivesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = Rule.TITLED_NAME.positiveExamples();
        List<List<Finding>> expected = texts.stream().map(guard::scanPost).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Finding>>>> runs = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> texts.stream().map(guard::scanPost).toList())).toList();
            for (Future<List<List<Finding>>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
