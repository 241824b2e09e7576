package dev.rounds.credibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.testing.TinyBlog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorKeysTest {

    @TempDir
    Path root;

    private static final String POST = """
            ---
            title: A post
            date: 2026-01-10
            author: haloran
            reviewedBy: Dr Someone Else
            ---
            Text.
            """;

    @Test
    void aKeyTheAuthorsFileLacksIsAWarningWithItsLineAndTheKnownKeys() {
        List<String> warnings = new TinyBlog(root)
                .authors("halloran:\n  name: Maeve Halloran\nokafor:\n  name: Tunde Okafor\n")
                .post("a.md", POST).build().warnings();
        assertTrue(warnings.contains("a.md:4: 'author: haloran' is not in the authors file: the page shows 'haloran' "
                + "with no credentials, role or affiliation. Fix: Did you mean 'halloran'? Use one of the authors "
                + "file's keys (halloran, okafor), or add 'haloran:' with name and credentials to the authors file."),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("a.md:5: 'reviewedBy: Dr Someone Else' is not in the "
                + "authors file") && !w.contains("Did you mean")), warnings.toString());
    }

    @Test
    void withoutAnAuthorsFilePlainNamesAreFine() {
        assertFalse(new TinyBlog(root).post("a.md", POST).build().warningsText().contains("authors file"));
    }

    @Test
    void editDistance() {
        assertEquals(1, AuthorKeys.distance("halloran", "haloran"));
        assertEquals(2, AuthorKeys.distance("okafor", "okafro"));
        assertEquals(0, AuthorKeys.distance("reyes", "reyes"));
    }
}
