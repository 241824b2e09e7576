package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorsReaderTest {

    @TempDir
    Path folder;

    private final Problems problems = new Problems();

    private Map<String, Author> read(String yaml) throws Exception {
        Path file = folder.resolve("authors.yml");
        Files.writeString(file, yaml);
        return new AuthorsReader().read(file, "src/authors.yml", problems);
    }

    @Test
    void readsEveryDetail() throws Exception {
        Author author = read("""
                okafor:
                  name: Tunde Okafor
                  credentials: PharmD, BCPS
                  role: Clinical pharmacist
                  specialty: Clinical pharmacy
                  affiliation: Riverside Teaching Hospital
                  links: [https://example.org/okafor]
                  twitter: "@roundsnotes_to"
                """).get("okafor");
        assertEquals("Tunde Okafor, PharmD, BCPS", author.displayName());
        assertEquals("roundsnotes_to", author.twitter());
        assertEquals(List.of("https://example.org/okafor"), author.links());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void anUnknownKeyIsAWarningOnItsLineListingTheKnownOnes() throws Exception {
        Author author = read("""
                halloran:
                  name: Maeve Halloran
                  credential: MD
                """).get("halloran");
        assertEquals("", author.credentials());
        Problem warning = problems.warnings().get(0);
        assertEquals("src/authors.yml:3: Author 'halloran' has a key Rounds does not know, 'credential': it is not "
                + "shown anywhere. Fix: Use one of: name, credentials, role, specialty, affiliation, links, twitter.",
                warning.describe());
    }

    @Test
    void aHandleThatIsNotOneIsLeftOutWithAWarning() throws Exception {
        Author author = read("""
                reyes:
                  name: Lucía Reyes
                  links: [example.org/reyes]
                  twitter: https://x.com/reyes
                """).get("reyes");
        assertEquals("", author.twitter());
        List<Problem> warnings = problems.warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(3, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("not an http(s) address"), warnings.get(0).message());
        assertEquals(4, warnings.get(1).line());
        assertTrue(warnings.get(1).message().contains("X handle"), warnings.get(1).message());
    }

    @Test
    void anAuthorWithoutANameIsAnErrorOnTheirLine() throws Exception {
        read("a:\n  name: A\nb:\n  role: ghost\n");
        assertEquals(3, problems.errors().get(0).line());
    }
}
