package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Property(tries = 2000)
    void theShortcutForTextsThatAreSlugsChangesNoResult(@ForAll("slugLike") String text) {
        assertEquals(Slugs.byRules(text), Slugs.slugify(text));
    }

    @Property(tries = 1000)
    void aSlugIsMadeOfLowerCaseWordsJoinedByHyphensAndStaysAsItIs(@ForAll("slugLike") String text) {
        String slug = Slugs.slugify(text);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
        assertEquals(slug, Slugs.slugify(slug));
    }

    @Test
    void accentsAndPunctuationGo() {
        assertEquals("cafe-au-lait-que", Slugs.slugify("Café au lait: ¿qué?"));
        assertEquals("statins-in-ckd", Slugs.slugify("--statins--in-CKD-"));
        assertEquals("statins-in-ckd", Slugs.slugify("statins-in-ckd"));
        assertEquals("post", Slugs.slugify("!!!"));
        assertEquals("post", Slugs.slugify(""));
    }

    /** Mostly texts near a slug (where the shortcut decides), some anything at all. */
    @Provide
    Arbitrary<String> slugLike() {
        Arbitrary<String> near = Arbitraries.strings().withChars("abcxyz0189-_ AZé").ofMaxLength(12);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, near),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
    }
}
