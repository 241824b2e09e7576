package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Review metadata and references as the front matter gives them, and the lines problems point at. */
class FrontMatterMapperTest {

    private final Problems problems = new Problems();

    private FrontMatter read(String text) {
        FrontMatterParser.Result result = new FrontMatterParser().parse("p.md", text);
        RawFrontMatter raw = ((FrontMatterParser.Parsed) result).frontMatter();
        return new FrontMatterMapper(new DateParser(ZoneId.of("UTC"))).map("p.md", raw, problems);
    }

    @Test
    void medicalAudienceIsClinicianOrPatientInAnyCase() {
        assertEquals("clinician", read("---\nmedicalAudience: Clinician\n---\n").medicalAudience());
        assertEquals("patient", read("---\nmedicalAudience: patient\n---\n").medicalAudience());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void anyOtherAudienceIsAnErrorNamingTheAllowedValuesAndItsLine() {
        FrontMatter fm = read("---\ntitle: x\nmedicalAudience: nurses\n---\n");
        assertNull(fm.medicalAudience());
        Problem problem = problems.errors().get(0);
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("'nurses'") && problem.message().contains("clinician, patient"),
                problem.message());
    }

    @Test
    void aspectIsAListOrASingleWord() {
        assertEquals(List.of("diagnosis", "treatment"), read("---\naspect: [diagnosis, treatment]\n---\n").aspect());
        assertEquals(List.of("prognosis"), read("---\naspect: prognosis\n---\n").aspect());
        assertEquals(List.of(), read("---\ntitle: x\n---\n").aspect());
    }

    @Test
    void medicalMetadataMakesAMedicalPage() {
        assertTrue(read("---\naspect: treatment\n---\n").medical());
        assertTrue(read("---\nreviewedBy: okafor\n---\n").medical());
        assertEquals(false, read("---\ntitle: A note on fountain pens\n---\n").medical());
    }

    @Test
    void aMalformedDoiPointsAtItsOwnEntryNotAtTheReferencesKey() {
        FrontMatter fm = read("""
                ---
                title: x
                references:
                  - doi: 10.1056/NEJMoa1711584
                    label: SMART
                  - pmid: 29485925
                  - doi: 10.10/broken
                    label: a typo
                ---
                """);
        assertEquals(2, fm.references().size());
        assertEquals(4, fm.references().get(0).line());
        assertEquals(6, fm.references().get(1).line());
        Problem problem = problems.errors().get(0);
        assertEquals(7, problem.line(), problem.describe());
        assertTrue(problem.message().contains("Reference 3 has a malformed DOI '10.10/broken'"), problem.message());
    }

    @Test
    void aMalformedPmidInTomlPointsAtItsTable() {
        read("""
                +++
                title = "x"

                [[references]]
                doi = "10.1056/NEJMoa0810625"

                [[references]]
                pmid = "PMC19318384"
                +++
                """);
        Problem problem = problems.errors().get(0);
        assertTrue(problem.message().contains("malformed PMID 'PMC19318384'"), problem.message());
        assertEquals(7, problem.line(), problem.describe());
    }

    @Test
    void anUnknownKeyInAReferenceIsAWarning() {
        FrontMatter fm = read("---\nreferences:\n  - doi: 10.1056/NEJMoa1711584\n    title: SMART\n---\n");
        assertEquals(1, fm.references().size());
        Problem warning = problems.warnings().get(0);
        assertEquals(3, warning.line());
        assertTrue(warning.message().contains("'title'"), warning.message());
    }

    @Test
    void eachTeaserKeepsItsOwnLine() {
        FrontMatter fm = read("""
                ---
                tweets:
                  - text: first
                    section: intro
                  - second
                ---
                """);
        assertEquals(3, fm.tweets().get(0).line());
        assertEquals(5, fm.tweets().get(1).line());
    }

    @Test
    void referencesLinkToDoiOrgAndPubMedAndKeepEveryIdentifier() {
        Reference both = new Reference("10.1002/(SICI)1097-0258(199803)17:5<589::AID-SIM751>3.0.CO;2-#", "9549809",
                null, "Old Wiley DOI", 1);
        assertEquals("https://doi.org/10.1002/(SICI)1097-0258(199803)17:5%3C589::AID-SIM751%3E3.0.CO;2-%23",
                both.href());
        assertEquals(List.of("https://pubmed.ncbi.nlm.nih.gov/9549809/"), both.sameAs());
        assertEquals(List.of(new Reference.Identifier("DOI", both.doi()), new Reference.Identifier("PMID", "9549809")),
                both.identifiers());
        Reference page = new Reference(null, null, "https://kdigo.org/", null, 1);
        assertEquals(false, page.scholarly());
        assertEquals(List.of("https://kdigo.org/"), page.urls());
    }
}
