package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SimilarTeasersProperties {

    @Property
    void nearDuplicateIsSymmetricAndReflexive(@ForAll("teasers") String a, @ForAll("teasers") String b) {
        assertEquals(SimilarTeasers.nearDuplicate(a, b), SimilarTeasers.nearDuplicate(b, a));
        assertTrue(SimilarTeasers.nearDuplicate(a, a));
    }

    @Property
    void aTeaserThatQuotesTheTitleRepeatsIt(@ForAll("teasers") String title, @ForAll("teasers") String rest) {
        assertTrue(SimilarTeasers.repeatsTitle(rest + " — " + title.toUpperCase(Locale.ROOT) + "!", title));
    }

    @Provide
    Arbitrary<String> teasers() {
        return Arbitraries.of(List.of("sepsis", "antibiotics", "hour", "pneumonia", "home", "patients", "treat",
                        "12.5", "mg", "the", "of", "CT", "2019", "don't"))
                .list().ofMinSize(1).ofMaxSize(20).map(words -> String.join(" ", words) + ".");
    }
}
