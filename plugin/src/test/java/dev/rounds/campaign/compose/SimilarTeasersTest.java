package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarTeasersTest {

    private static final String OUTPATIENTS =
            "Most patients with community-acquired pneumonia can be treated as outpatients.";

    @Test
    void theSameTeaserWithOtherCaseAndPunctuationIsADuplicate() {
        assertTrue(SimilarTeasers.nearDuplicate(OUTPATIENTS,
                "most patients with community-acquired pneumonia can be treated as OUTPATIENTS!"));
    }

    @Test
    void aSmallRewordingIsANearDuplicate() {
        assertTrue(SimilarTeasers.nearDuplicate(OUTPATIENTS,
                "Most patients with community-acquired pneumonia can be treated as outpatient."));
    }

    @Test
    void aShortenedCopyIsANearDuplicate() {
        assertTrue(SimilarTeasers.nearDuplicate(OUTPATIENTS + " It saves beds and reduces hospital infections.",
                "Most patients with community-acquired pneumonia can be treated…"));
    }

    @Test
    void twoPointsOfTheSamePostAreNotDuplicates() {
        assertFalse(SimilarTeasers.nearDuplicate(OUTPATIENTS,
                "Most patients with community-acquired pneumonia need no chest CT."));
        assertFalse(SimilarTeasers.nearDuplicate(OUTPATIENTS,
                "Give the first dose of antibiotics within an hour of arrival in septic shock."));
    }

    @Test
    void linksAreIgnored() {
        assertTrue(SimilarTeasers.nearDuplicate(OUTPATIENTS + " https://example.org/p/1",
                OUTPATIENTS + " https://example.org/p/1#admit"));
    }

    @Test
    void aTeaserRepeatsTheTitleWhenItContainsItWordForWord() {
        assertTrue(SimilarTeasers.repeatsTitle("New: Pneumonia at home — who can skip admission? Read on.",
                "Pneumonia at Home: Who Can Skip Admission"));
        assertFalse(SimilarTeasers.repeatsTitle("Pneumonia can often be treated at home.",
                "Pneumonia at Home: Who Can Skip Admission"));
        assertFalse(SimilarTeasers.repeatsTitle("Anything at all.", "?!"), "a title without words repeats nothing");
    }

    @Test
    void plainWordsAreLowerCaseWordsWithoutLinksOrPunctuation() {
        assertEquals("give 12.5 mg of don't-stop community-acquired sepsis",
                SimilarTeasers.plainWords("Give 12.5 mg (of) “don’t-stop” https://x.org/a community-acquired #Sepsis!"));
    }
}
