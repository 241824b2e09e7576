package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * A teaser's id is what the ledger knows a published tweet by: an id that changed between two versions of Rounds would
 * send the tweet again. So the ids are pinned to their rule (the first six bytes of the SHA-256 of the post's path, a
 * NUL, and "intro" or the key point's words in lower case, one space between them), each value worked out outside
 * Java: {@code printf '2024-03-01-sepsis-bundles.md\0intro' | sha256sum | cut -c1-12}.
 */
class TeaserIdsTest {

    private static final String POST = "2024-03-01-sepsis-bundles.md";

    @Test
    void anIntroIsKnownByItsPostAlone() {
        assertEquals("38dc0fb421af", TeaserIds.intro(POST));
    }

    @Test
    void aKeyPointIsKnownByItsPostAndItsWords() {
        // printf '2024-03-01-sepsis-bundles.md\0give antibiotics within the first hour' | sha256sum | cut -c1-12
        assertEquals("526ab94a0df7", TeaserIds.of(POST, "Give antibiotics within the first hour."));
        assertEquals("526ab94a0df7", TeaserIds.of(POST, "give ANTIBIOTICS, within the first hour!"),
                "case and punctuation are not the words");
        assertNotEquals(TeaserIds.of(POST, "Give antibiotics within the first hour."),
                TeaserIds.of("2024-03-02-other.md", "Give antibiotics within the first hour."), "another post");
    }
}
