package dev.rounds.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Problems;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The made-up post a cold build renders on a spare thread goes through every extension and kind of block posts use,
 * so the first real post's render finds that code loaded; and it reports nothing.
 */
class MarkdownWarmUpTest {

    @Test
    void theSampleGoesThroughEveryExtensionAndBlockKind() {
        Problems problems = new Problems();

        RenderedMarkdown rendered = new MarkdownRenderer(false).render("warm-up.md", MarkdownRenderer.SAMPLE, 1,
                "<!--more-->", problems);

        assertEquals(List.of(), problems.all());
        String html = rendered.html();
        for (String made : List.of("<strong>", "<em>", "<del>", "<table class=\"table\">", "<ul>", "<ol>",
                "<blockquote>", "<p class=\"pullquote\">", "<pre><code class=\"language-text\">", "<h2 id=\"admit\">",
                "class=\"footnote-ref\"", "href=\"https://example.org/notes\"", "&ldquo;", "&ndash;", "&rsquo;")) {
            assertTrue(html.contains(made), made + " is not in:\n" + html);
        }
        assertFalse(rendered.excerptText().isEmpty());
        Set<ContentBlock.Kind> kinds = rendered.blocks().stream().map(ContentBlock::kind).collect(Collectors.toSet());
        assertEquals(Set.of(ContentBlock.Kind.values()), kinds);
    }

    @Test
    void warmingUpReportsNothingAndLeavesTheRendererAsItWas() {
        MarkdownRenderer renderer = new MarkdownRenderer(false);
        Problems problems = new Problems();
        RenderedMarkdown before = renderer.render("a.md", "# Sepsis\n\nThe first hour.\n", 1, "<!--more-->", problems);

        renderer.warmUp();

        assertEquals(before, renderer.render("a.md", "# Sepsis\n\nThe first hour.\n", 1, "<!--more-->", problems));
        assertEquals(List.of(), problems.all());
    }
}
