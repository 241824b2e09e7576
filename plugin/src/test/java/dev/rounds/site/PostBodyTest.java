package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aKnownCardIsTakenWithoutRenderingAndTheRenderedBodyMakesItsOwn() {
        AtomicInteger renders = new AtomicInteger();
        RenderedMarkdown rendered = new RenderedMarkdown("<p>Start low.</p><p>Go slow.</p>", "<p>Start low.</p>",
                "Start low.", List.of(), List.of(), 600);
        PostBody fresh = PostBody.of(rendered, null, null);
        String card = fresh.card();
        assertEquals("3 " + dev.rounds.core.Sha256.hex("<p>Start low.</p>") + " <p>Start low.</p>", card,
                "reading minutes, then the summary's digest and HTML");
        assertEquals(dev.rounds.core.Sha256.hex("<p>Start low.</p>"), PostBody.summaryOf(card), "pages key by the digest");
        assertEquals("3", PostBody.minutesOf(card));

        PostBody known = new PostBody(() -> {
            renders.incrementAndGet();
            return rendered;
        }, null, null, "9 f00d <p>Kept from the last build.</p>");
        assertEquals("9 f00d <p>Kept from the last build.</p>", known.card());
        assertEquals("<p>Kept from the last build.</p>", known.summaryHtml(), "a list shows the known summary");
        assertEquals(9, known.readingMinutes(), "and the known reading time");
        assertEquals(0, renders.get(), "a known card renders nothing");
        assertFalse(known.isRendered());

        known.html();
        assertEquals(card, known.card(), "once rendered, the card is made from the body");
        assertEquals("<p>Start low.</p>", known.summaryHtml(), "and so are the summary");
        assertEquals(3, known.readingMinutes(), "and the reading time");
        assertEquals(1, renders.get());
        assertTrue(known.isRendered());
        assertEquals(card, PostBody.of(rendered, null, null).card(), "the same body, the same card");
        assertNotEquals(card, PostBody.of(rendered, "A summary.", null).card(), "a written summary is the card's");
    }
}
