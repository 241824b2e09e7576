package dev.rounds.campaign.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsAndQualityTest {

    @Test
    void nearDuplicatesCompareMeaningCarryingWords() {
        assertTrue(Words.nearDuplicates("Statins reduce stroke risk in the elderly.",
                "In the elderly, statins reduce the risk of stroke!"));
        assertFalse(Words.nearDuplicates("Statins reduce stroke risk in the elderly.",
                "Aspirin reduces bleeding risk in the young."));
        assertTrue(Words.nearDuplicates("It is what it is.", "it is what it is"));
    }

    @Test
    void titleComparisonIgnoresCaseAndPunctuation() {
        assertEquals(Words.comparable("Statins, in the Elderly?"), Words.comparable("statins in the elderly"));
    }

    @Test
    void pointingOpenersRepliesAndFragmentsNeedContext() {
        assertTrue(SentenceQuality.needsContext("This is why we stopped the trial early.", null, "en"));
        assertTrue(SentenceQuality.needsContext("It's the commonest cause of falls in the elderly.", null, "en"));
        assertTrue(SentenceQuality.needsContext("Yes, for almost every patient we see.", "Should we treat?", "en"));
        assertTrue(SentenceQuality.needsContext("Three patients, two deaths.", null, "en"));
        assertTrue(SentenceQuality.needsContext("Esto cambia la práctica clínica diaria.", null, "es"));
        assertFalse(SentenceQuality.needsContext("So-called white coat hypertension is common in clinic.", null, "en"));
        assertFalse(SentenceQuality.needsContext("Statins reduce the risk of a second stroke.", null, "en"));
        assertFalse(SentenceQuality.needsContext("La metformina reduce el riesgo cardiovascular.", null, "es"));
        assertFalse(SentenceQuality.needsContext("Der Blutdruck sinkt nach vier Wochen deutlich.", null, "de"));
    }

    @Test
    void lengthOutsideTweetableRangeCostsRank() {
        assertEquals(0.5, SentenceQuality.lengthFactor("Stop the statin."));
        assertEquals(1.0, SentenceQuality.lengthFactor("Statins reduce the risk of a second stroke."));
        assertEquals(0.3, SentenceQuality.lengthFactor("word ".repeat(61)));
    }

    @Test
    void markupResidueIsRecognised() {
        assertTrue(SentenceQuality.hasMarkup("See {{< figure >}} here."));
        assertTrue(SentenceQuality.hasMarkup("Run `mvn` now."));
        assertTrue(SentenceQuality.hasMarkup("| dose | effect |"));
        assertFalse(SentenceQuality.hasMarkup("Either this | or that."));
    }
}
