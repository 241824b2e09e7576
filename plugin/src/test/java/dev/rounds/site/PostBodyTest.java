package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.Heading;
import dev.rounds.markdown.RenderedMarkdown;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A body is rendered once; its HTML can be forgotten and is then rendered again on demand, the rest kept. */
class PostBodyTest {

    @Test
    void releasedHtmlIsRenderedAgainWhileTheRestIsKept() {
        AtomicInteger renders = new AtomicInteger();
        RenderedMarkdown rendered = new RenderedMarkdown("<h2 id=\"dose\">Dose</h2><p>Start low.</p>",
                "<p>Start low.</p>", "Start low.", List.of(new Heading(2, "Dose", "dose", 3)),
                List.of(new ContentBlock(ContentBlock.Kind.PARAGRAPH, "Start low.", "dose", "Dose", 4, false, "")), 2);
        PostBody body = new PostBody(() -> {
            renders.incrementAndGet();
            return rendered;
        }, null, null);

        assertEquals(rendered.html(), body.html());
        assertEquals(rendered.html(), body.html());
        assertEquals(1, renders.get(), "rendered once");

        body.releaseHtml();
        assertNull(body.markdown().html(), "the HTML is forgotten");
        assertEquals(rendered.blocks(), body.blocks());
        assertEquals(rendered.headings(), body.headings());
        assertEquals("<p>Start low.</p>", body.summaryHtml());
        assertEquals(2, body.wordCount());
        assertEquals(1, renders.get(), "the rest is kept, not rendered again");

        assertEquals(rendered.html(), body.html());
        assertEquals(2, renders.get(), "asked for again, the HTML is rendered again");
    }

    @Test
    void releasingABodyNeverRenderedRendersNothing() {
        AtomicInteger renders = new AtomicInteger();
        PostBody body = new PostBody(() -> {
            renders.incrementAndGet();
            throw new AssertionError("not to be rendered");
        }, "A summary.", null);

        body.releaseHtml();

        assertEquals("<p>A summary.</p>", body.summaryHtml());
        assertEquals(0, renders.get());
    }
}
