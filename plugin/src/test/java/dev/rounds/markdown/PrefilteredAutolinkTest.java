package dev.rounds.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The prefiltered autolink extension renders every document exactly as flexmark's own does: generated Markdown made
 * of prose, URLs with and without a scheme, bare schemes, e-mail addresses, entities and escapes that unescape to a
 * colon or an '@', typographic quotes and dashes next to links, code, links, headings and lists.
 */
class PrefilteredAutolinkTest {

    private static final List<String> PIECES = List.of(
            "Sepsis", "kills", "within", "hours", "the", "wards", "we", "wow", "Www", "WwW.example.org",
            "www.nhs.uk", "see www.nice.org.uk/guidance", "https://example.org/a?b=c", "http://x.y", "ftp://",
            "https://", "mailto:nurse@example.org", "nurse@example.org", "a@b", "user&#64;example.org",
            "user&commat;example.org", "https&#58;//example.org", "http\\://example.org", "\\@", "&amp;", "&#x3a;",
            ":", "::", "@", "'quoted'", "\"double\"", "--", "---", "...", "<<", ">>", "`code https://a.b`",
            "[link](https://a.b)", "<https://c.d>", "**bold www.e.f**", "_em nurse@e.f_", "(https://g.h)",
            "\"https://i.j\"", "'www.k.l'", "x", "10:30", "ratio 1:2", "\n\n", "\n", "\n- ", "\n## ", "\n> ");

    private final Renders.Render flexmark = new Renders.Render(MarkdownRenderer.options(AutolinkExtension.create()));
    private final Renders.Render prefiltered =
            new Renders.Render(MarkdownRenderer.options(PrefilteredAutolink.create()));

    @Property(tries = 3000)
    void rendersAsFlexmarksOwnAutolinkDoes(@ForAll("documents") String markdown) {
        assertEquals(flexmark.html(markdown), prefiltered.html(markdown), markdown);
    }

    @Property(tries = 3000)
    void rendersCharacterSoupAsFlexmarksOwnAutolinkDoes(@ForAll("soup") String markdown) {
        assertEquals(flexmark.html(markdown), prefiltered.html(markdown), markdown);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.strings().withChars("aewWhtps:/.@&#;x3a\\'\"-_*`<>[]() \n1").ofMaxLength(60);
    }

    @Example
    void linksAreStillMade() {
        String html = prefiltered.html("See www.nhs.uk, https://example.org and nurse@example.org.\n");
        assertTrue(html.contains("<a href=\"http://www.nhs.uk\">"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">"), html);
        assertTrue(html.contains("<a href=\"mailto:nurse@example.org\">"), html);
    }

    @Example
    void plainProseIsNotAskedAbout() {
        assertFalse(PrefilteredAutolink.mayHoldLink("Hand hygiene before every contact, twice a shift."));
        assertTrue(PrefilteredAutolink.mayHoldLink("At 10:30"));
        assertTrue(PrefilteredAutolink.mayHoldLink("WwW"));
        assertTrue(PrefilteredAutolink.mayHoldLink("a &#64; b"));
    }

    @Provide
    Arbitrary<String> documents() {
        return Renders.documents(PIECES, List.of(" ", "", " ", "\u00a0"));
    }
}
