package dev.rounds.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Text nodes written as they stand render every document exactly as flexmark's core renderer does: generated Markdown
 * of prose with entities, backslash escapes, HTML's special characters, carriage returns, typographic quotes and
 * dashes, links, code, emphasis, headings, lists, tables, footnotes and attributes.
 */
class PlainTextNodesTest {

    private static final List<String> PIECES = List.of(
            "Sepsis", "kills", "within", "hours", "the", "wards", "é", "naïve", "—", "½", "&amp;", "&copy;", "&#x3a;",
            "&#64;", "&nosuch;", "& ", "AT&T", "\\*", "\\\\", "\\&", "\\<", "<", ">", "<b>", "</b>", "a<b", "\"",
            "'quoted'", "\"double\"", "--", "---", "...", "`code & <x>`", "[link](https://a.b \"t&t\")",
            "<https://c.d>", "**bold & co**", "_em <i>_", "www.e.f", "nurse@e.f", "[^1]", "\n\n[^1]: A \"note\".\n",
            "{.cls}", "\r\n", "\r", "\n", "\n\n", "\n- ", "\n1. ", "\n## ", "\n> ",
            "\n| a | b |\n|---|---|\n| 1 | <2 |\n",
            "  \n", "\t", "\u00a0");

    private final Renders.Render flexmark =
            new Renders.Render(MarkdownRenderer.options(PrefilteredAutolink.create()));
    private final Renders.Render plain = new Renders.Render(MarkdownRenderer.options(PrefilteredAutolink.create(),
            PlainTextNodes.create()));

    @Property(tries = 6000)
    void rendersAsFlexmarksCoreRendererDoes(@ForAll("markdown") String markdown) {
        assertEquals(flexmark.html(markdown), plain.html(markdown), markdown);
    }

    /** Documents made of the pieces above, and character soup. */
    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.oneOf(Renders.documents(PIECES, List.of(" ", "", " ")),
                Arbitraries.strings().withChars("ae &;#x3\\<>\"'*_`[]()!-\r\n\té").ofMaxLength(60));
    }

    @Example
    void onlyTextThatNeedsNoPassIsWrittenAsItStands() {
        assertTrue(PlainTextNodes.passesUnchanged("Hand hygiene before every contact — twice a shift."));
        for (String special : List.of("a\\b", "AT&T", "a\rb", "a<b", "a>b", "say \"no\"")) {
            assertFalse(PlainTextNodes.passesUnchanged(special), special);
        }
    }

    @Example
    void theExampleBlogsMarkupStillComesOutEscaped() {
        String html = plain.html("Dose &lt; 5 mg, \\*not\\* 50 & \"never\" <10.\n");
        assertEquals("<p>Dose &lt; 5 mg, *not* 50 &amp; &ldquo;never&rdquo; &lt;10.</p>\n", html);
    }
}
