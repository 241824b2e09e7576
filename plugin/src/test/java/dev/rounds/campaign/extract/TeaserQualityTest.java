package dev.rounds.campaign.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.PostContent;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a clinician reading the series would object to: announcements, continuations, labels glued to sentences. */
class TeaserQualityTest {

    private final KeyPointExtractor extractor = new KeyPointExtractor();

    private static ContentBlock block(Kind kind, String text, String section, String leadIn) {
        return new ContentBlock(kind, text, section, section, 1, false, leadIn);
    }

    @Test
    void aSentenceThatAnnouncesAListIsNeverATeaser() {
        PostContent post = new PostContent("Hand hygiene", "", "en", List.of(), List.of(
                block(Kind.HEADING, "The five moments", "the-five-moments", ""),
                block(Kind.PARAGRAPH, "The World Health Organization describes five moments for hand hygiene at the point of care:",
                        "the-five-moments", ""),
                block(Kind.PARAGRAPH, "Most missed opportunities come after touching the patient's surroundings.",
                        "the-five-moments", "")));
        List<KeyPoint> points = extractor.extract(post, 3);
        assertFalse(points.isEmpty());
        assertTrue(points.stream().noneMatch(p -> p.text().endsWith(":")), points.toString());
    }

    @Test
    void aSentenceThatStartsInLowerCaseContinuesSomethingAndIsNeverATeaser() {
        assertTrue(SentenceQuality.needsContext("anyone taking it for sleep for more than four weeks.", null, "en"));
        assertFalse(SentenceQuality.needsContext("Anyone taking it for sleep for more than four weeks should taper.",
                null, "en"));
    }

    @Test
    void aBoldLeadInThatStartsTheSentenceStaysPartOfIt() {
        ContentBlock item = block(Kind.LIST_ITEM, "Use Cockcroft–Gault with actual body weight for the clearance thresholds.",
                "bottom-line", "Use Cockcroft–Gault with actual body weight");
        assertEquals("Use Cockcroft–Gault with actual body weight for the clearance thresholds.",
                TeaserText.withLeadIn(item, new SentenceSplitter(), "en"));
        ContentBlock label = block(Kind.LIST_ITEM, "Goals: does the patient still want prevention?", "key-points", "Goals");
        assertEquals("Goals: does the patient still want prevention?",
                TeaserText.withLeadIn(label, new SentenceSplitter(), "en"));
        ContentBlock comma = block(Kind.LIST_ITEM, "Before touching a patient, to protect the patient.", "x",
                "Before touching a patient");
        assertEquals("Before touching a patient, to protect the patient.",
                TeaserText.withLeadIn(comma, new SentenceSplitter(), "en"));
    }

    @Test
    void aWholeSentenceThatFitsBeatsALongerOneOfTheSameSection() {
        assertTrue(SentenceQuality.lengthFactor("Potassium has to leave by the kidney, the gut or dialysis.")
                > SentenceQuality.lengthFactor("Later multicenter trials in intensive care did not find a significant "
                + "difference in mortality between balanced solutions and saline, although the confidence intervals "
                + "were wide enough to include a small benefit."));
    }
}
