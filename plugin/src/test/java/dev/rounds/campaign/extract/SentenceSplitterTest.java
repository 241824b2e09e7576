package dev.rounds.campaign.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void clinicalAbbreviationsDoNotEndASentence() {
        assertEquals(List.of("Dr. Smith recommends 5 mg. daily vs. placebo, e.g. in CKD."),
                splitter.split("Dr. Smith recommends 5 mg. daily vs. placebo, e.g. in CKD.", "en"));
    }

    @Test
    void titlesAndFigureReferencesKeepTheNameOrLabelThatFollows() {
        assertEquals(List.of("Prof. Jones and Mrs. Brown reviewed Fig. S2 with Dr. Patel.", "They agreed."),
                splitter.split("Prof. Jones and Mrs. Brown reviewed Fig. S2 with Dr. Patel. They agreed.", "en"));
    }

    @Test
    void egAndIeStayInsideTheSentenceEvenBeforeACapital() {
        // ICU's own filter cannot suppress dotted abbreviations such as "e.g.", so the splitter rejoins them.
        assertEquals(List.of("Start a statin, e.g. Atorvastatin 20 mg at night.", "Review in a month."),
                splitter.split("Start a statin, e.g. Atorvastatin 20 mg at night. Review in a month.", "en"));
        assertEquals(List.of("Use the newer class, i.e. SGLT2 inhibitors, in heart failure."),
                splitter.split("Use the newer class, i.e. SGLT2 inhibitors, in heart failure.", "en"));
    }

    @Test
    void etAlKeepsTheCitationTogether() {
        assertEquals(List.of("Ridker et al. JUPITER changed how we treat inflammation."),
                splitter.split("Ridker et al. JUPITER changed how we treat inflammation.", "en"));
    }

    @Test
    void unitsAndDosingAbbreviationsEndTheSentenceOnlyBeforeACapital() {
        // Decision: "mg.", "b.i.d." and "etc." continue before a lower-case word or a number,
        // and end the sentence before a capitalised word, where clinicians usually mean a full stop.
        assertEquals(List.of("The usual dose is 5 mg. daily with food."),
                splitter.split("The usual dose is 5 mg. daily with food.", "en"));
        assertEquals(List.of("The usual dose is 5 mg.", "Take it with food."),
                splitter.split("The usual dose is 5 mg. Take it with food.", "en"));
        assertEquals(List.of("Give 500 mg p.o. b.i.d. for a week."),
                splitter.split("Give 500 mg p.o. b.i.d. for a week.", "en"));
        assertEquals(List.of("Give 500 mg p.o. b.i.d.", "Monitor renal function."),
                splitter.split("Give 500 mg p.o. b.i.d. Monitor renal function.", "en"));
        assertEquals(List.of("Bring gloves, masks, etc.", "Then wash your hands."),
                splitter.split("Bring gloves, masks, etc. Then wash your hands.", "en"));
        assertEquals(List.of("Bring gloves, masks, etc. and wash your hands."),
                splitter.split("Bring gloves, masks, etc. and wash your hands.", "en"));
    }

    @Test
    void splitsSpanishWithItsOwnQuestionMarksAndTitles() {
        assertEquals(List.of("El Dr. García recomienda 5 mg. al día.", "¿Funciona?", "Sí, en la mayoría.",
                        "La Sra. López no está de acuerdo."),
                splitter.split("El Dr. García recomienda 5 mg. al día. ¿Funciona? Sí, en la mayoría. "
                        + "La Sra. López no está de acuerdo.", "es"));
    }

    @Test
    void splitsGermanWithTwoPartAbbreviations() {
        assertEquals(List.of("Nehmen Sie z. B. Ibuprofen nur kurz.", "Dr. Müller rät davon ab."),
                splitter.split("Nehmen Sie z. B. Ibuprofen nur kurz. Dr. Müller rät davon ab.", "de"));
    }

    @Test
    void footnoteMarkersStayWithTheSentenceTheyCite() {
        assertEquals(List.of("Statins cut the risk by a fifth.[1]", "Blood pressure matters more.[^2]", "Fine."),
                splitter.split("Statins cut the risk by a fifth.[1] Blood pressure matters more.[^2] Fine.", "en"));
    }

    @Test
    void unknownOrMissingLanguageStillSplits() {
        assertEquals(List.of("One thing.", "Another thing."), splitter.split("One thing. Another thing.", null));
        assertEquals(List.of("One thing.", "Another thing."), splitter.split("One thing. Another thing.", "zz-Qaaa"));
    }

    @Property
    void sentencesKeepEveryCharacterOfTheTextInOrder(@ForAll String text) {
        List<String> sentences = splitter.split(text, "en");
        assertEquals(withoutWhitespace(text), withoutWhitespace(String.join("", sentences)));
        sentences.forEach(sentence -> assertFalse(sentence.isBlank()));
    }

    private static String withoutWhitespace(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
