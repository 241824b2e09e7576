package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rounds.testing.HtmlChecker;
import dev.rounds.testing.TinyBlog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees of a clinical post's credibility: who wrote and reviewed it, when, on what evidence. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrediblePagesTest {

    @TempDir
    static Path root;

    private Path site;

    @BeforeAll
    void build() throws Exception {
        TinyBlog blog = new TinyBlog(root).authors("""
                okafor:
                  name: Tunde Okafor
                  credentials: PharmD, BCPS
                  role: Clinical pharmacist
                  specialty: Clinical pharmacy
                  affiliation: Riverside Teaching Hospital
                  links: [https://example.org/people/okafor]
                  twitter: roundsnotes_to
                halloran:
                  name: Maeve Halloran
                  credentials: MD
                """)
                .post("cited.md", """
                        ---
                        title: Cited
                        date: 2026-03-10
                        author: okafor
                        reviewedBy: halloran
                        lastReviewed: 2026-06-30
                        medicalAudience: clinician
                        specialty: Cardiology
                        aspect: [treatment]
                        disclosures: "No relevant financial relationships."
                        references:
                          - doi: 10.1056/NEJMoa1107039
                            label: ARISTOTLE
                          - pmid: 24251359
                          - url: https://www.who.int/
                            label: WHO
                        ---
                        Apixaban's rule uses serum creatinine[^1], and the dose is halved[^2].

                        [^1]: Not creatinine clearance.
                        [^2]: Only with two criteria.
                        """)
                .post("own-references-heading.md", """
                        ---
                        title: Its own references heading
                        date: 2026-03-11
                        author: halloran
                        reviewedBy: halloran
                        lastReviewed: 2026-06-30
                        lastmod: 2026-07-02
                        references:
                          - pmid: 29485925
                        ---
                        Text.

                        ## References

                        Also see the list below.
                        """);
        for (String post : List.of("cited.md", "own-references-heading.md")) {
            Files.setLastModifiedTime(root.resolve("src/posts").resolve(post),
                    FileTime.from(Instant.parse("2023-03-03T03:03:03Z")));
        }
        blog.build();
        site = blog.site();
    }

    private String page(String slug) throws Exception {
        return Files.readString(site.resolve("2026/03/" + slug + "/index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void footnotesAndReferencesAreOneNumberedList() throws Exception {
        String html = page("cited");
        assertFalse(html.contains("class=\"footnotes\""), "the footnotes moved into the references");
        Matcher list = Pattern.compile("<section class=\"references\"[^>]*>\\s*<h2[^>]*>Notes and references</h2>"
                + "\\s*<ol>(.*?)</ol>", Pattern.DOTALL).matcher(html);
        assertTrue(list.find(), html);
        List<String> items = Pattern.compile("<li id=\"([^\"]+)\"").matcher(list.group(1)).results()
                .map(result -> result.group(1)).toList();
        assertEquals(List.of("fn-1", "fn-2", "ref-1", "ref-2", "ref-3"), items);
        assertTrue(html.contains("<a class=\"footnote-ref\" href=\"#fn-1\">1</a>"), "the marker in the text");
        assertTrue(list.group(1).contains("<a href=\"https://doi.org/10.1056/NEJMoa1107039\">ARISTOTLE</a>"));
        assertTrue(list.group(1).contains("<a href=\"https://pubmed.ncbi.nlm.nih.gov/24251359/\">PMID: 24251359</a>"));
        assertTrue(list.group(1).contains("<a href=\"https://www.who.int/\">WHO</a>"));
    }

    @Test
    void theAuthorsHandleIsTheCardsCreator() throws Exception {
        assertTrue(page("cited").contains("<meta name=\"twitter:creator\" content=\"@roundsnotes_to\">"));
        assertFalse(page("own-references-heading").contains("twitter:creator"), "Dr Halloran has no handle");
    }

    @Test
    void theAuthorCardShowsCredentialsRoleSpecialtyAffiliationAndLinks() throws Exception {
        String html = page("cited");
        Matcher card = Pattern.compile("<aside class=\"person-card\" id=\"author\".*?</aside>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(card.find());
        for (String shown : List.of("Tunde Okafor, PharmD, BCPS", "Clinical pharmacist", "Specialty: Clinical pharmacy",
                "Riverside Teaching Hospital", "href=\"https://example.org/people/okafor\"",
                "href=\"https://x.com/roundsnotes_to\"")) {
            assertTrue(card.group().contains(shown), shown);
        }
        assertTrue(html.contains("Medically reviewed by <a href=\"#reviewer\">Maeve Halloran, MD</a> on "
                + "<time datetime=\"2026-06-30\">June 30, 2026</time>"), html);
        assertTrue(html.contains("<span>For clinicians</span> · <span>Specialty: Cardiology</span> · "
                + "<span>Covers: treatment</span>"));
        assertTrue(html.contains("<h2 id=\"disclosures\">Disclosures</h2>"));
        assertTrue(html.contains("<strong>Medical disclaimer.</strong>"));
    }

    @Test
    void theModifiedDateIsNeverTheBuildDateNorTheFileTime() throws Exception {
        String unchanged = page("cited");
        JsonNode ld = jsonLd(unchanged);
        assertEquals(ld.path("datePublished").asText(), ld.path("dateModified").asText());
        assertFalse(unchanged.contains("Updated"), "no lastmod, no 'Updated'");
        String changed = page("own-references-heading");
        assertTrue(changed.contains("Updated <time datetime=\"2026-07-02T00:00:00-04:00\">"), changed);
        assertEquals("2026-07-02T00:00:00-04:00", jsonLd(changed).path("dateModified").asText());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        boolean todayIsWritten = List.of("2026-03-10", "2026-03-11", "2026-06-30", "2026-07-02").contains(today);
        for (String html : List.of(unchanged, changed)) {
            assertFalse(html.contains("2026-11-25"), "the build's 'now'");
            assertFalse(html.contains("2023-03-03"), "the file's timestamp");
            assertTrue(todayIsWritten || !html.contains(today), "the machine's clock");
        }
    }

    @Test
    void theReferencesHeadingNeverCollidesWithThePostsOwnAndThePagesAreValid() throws Exception {
        String html = page("own-references-heading");
        assertTrue(html.contains("<h2 id=\"references\">References</h2>"), "the post's own heading");
        assertTrue(html.contains("<h2 id=\"references-section\">References</h2>"), "the theme's list");
        assertTrue(html.contains("Medically reviewed by <a href=\"#author\">"), "reviewer is the author: one card");
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                errors.addAll(checker.check(file.toFile()));
            }
        }
        assertEquals(List.of(), errors);
    }

    private static JsonNode jsonLd(String html) throws Exception {
        Matcher matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(matcher.find());
        return new ObjectMapper().readTree(matcher.group(1));
    }
}
