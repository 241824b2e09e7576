package dev.rounds.site;

import dev.rounds.core.Sha256;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.Heading;
import dev.rounds.markdown.RenderedMarkdown;
import java.util.List;
import java.util.function.Supplier;

/**
 * A post's body and what is made from it: its HTML, excerpt, headings, prose blocks and word count. Rendered the
 * first time any of it is asked for, at most once, so that a build which finds a post's pages already up to date (and
 * its tweets already planned) never parses its Markdown. The front matter's summary and description, when written,
 * stand in for the excerpt without rendering anything; so do a card and an HTML the last build made of the same file
 * under the same settings and code, when known, for the summary and reading time a list shows and for the HTML the
 * feed shows.
 */
public final class PostBody {

    private static final int DESCRIPTION_LENGTH = 160;

    private final Supplier<RenderedMarkdown> render;
    private final String summary;
    private final String description;
    /** What {@link #card()} gave for the same file and build settings last time, or null. */
    private final String knownCard;
    /** What {@link #html()} gave for the same file and build settings last time, or null. */
    private final String knownHtml;
    private volatile RenderedMarkdown rendered;
    /** {@link #card()} as made from the rendered body, once made. */
    private volatile String card;

    /**
     * @param render renders the body; called at most once
     * @param summary the front matter's summary, or null
     * @param description the front matter's description, or null
     */
    public PostBody(Supplier<RenderedMarkdown> render, String summary, String description) {
        this(render, summary, description, null);
    }

    /**
     * @param knownCard what {@link #card()} gave for this very file under the same settings and code (an earlier
     *                  build's), or null: lists can then be keyed without rendering the body
     */
    public PostBody(Supplier<RenderedMarkdown> render, String summary, String description, String knownCard) {
        this(render, summary, description, knownCard, null);
    }

    /**
     * @param knownHtml what {@link #html()} gave for this very file under the same settings and code (the build that
     *                  last wrote the feed), or null: the feed can then be written again without rendering the body
     */
    public PostBody(Supplier<RenderedMarkdown> render, String summary, String description, String knownCard,
                    String knownHtml) {
        this.render = render;
        this.summary = summary;
        this.description = description;
        this.knownCard = knownCard;
        this.knownHtml = knownHtml;
    }

    /** A body already rendered. */
    public static PostBody of(RenderedMarkdown rendered, String summary, String description) {
        PostBody body = new PostBody(() -> rendered, summary, description);
        body.rendered = rendered;
        return body;
    }

    /**
     * What a list's card shows of the body, as one text: the reading time, a space, a digest of the summary's HTML, a
     * space, then that HTML ({@link #readingMinutes()} and {@link #summaryHtml()}). Equal texts, equal values; pages
     * are keyed by the digest ({@link #summaryOf}), and shown with the HTML. Taken from what the last build found for
     * the same file when it is known and the body has not been rendered, so that keying a list page, and rendering
     * it, reads no unchanged post's file; made from the body otherwise.
     */
    public String card() {
        String made = card;
        if (made == null) {
            if (knownCard != null && rendered == null) {
                return knownCard;
            }
            String html = summaryHtml();
            made = markdown().readingMinutes() + " " + Sha256.hex(html) + " " + html;
            card = made;
        }
        return made;
    }

    /** The card the last build found for this file, while the body is not rendered; else null. */
    private String knownCard() {
        return rendered == null ? knownCard : null;
    }

    /**
     * Whether the body's HTML is at hand without rendering: rendered and not {@link #releaseHtml() released}, or
     * known and not rendered.
     */
    public boolean hasHtml() {
        RenderedMarkdown known = rendered;
        return known != null ? known.html() != null : knownHtml != null;
    }

    /** Whether the body has been rendered (and {@link #card()} is made from it without rendering). */
    public boolean isRendered() {
        return rendered != null;
    }

    /** The reading time part of a {@link #card()}. */
    static String minutesOf(String card) {
        return card.substring(0, card.indexOf(' '));
    }

    /** The summary part of a {@link #card()}: its HTML's digest (what pages are keyed by). */
    static String summaryOf(String card) {
        int start = card.indexOf(' ') + 1;
        return card.substring(start, card.indexOf(' ', start));
    }

    /** The summary's HTML in a {@link #card()}. */
    static String summaryHtmlOf(String card) {
        return card.substring(card.indexOf(' ', card.indexOf(' ') + 1) + 1);
    }

    /** The rendered body (rendering it now if nothing asked before). */
    public RenderedMarkdown markdown() {
        RenderedMarkdown known = rendered;
        if (known == null) {
            synchronized (this) {
                known = rendered;
                if (known == null) {
                    known = render.get();
                    rendered = known;
                }
            }
        }
        return known;
    }

    /**
     * The summary as HTML: the front matter's summary, else the excerpt (from the card the last build found for the
     * same file while the body is not rendered: a list shows an unchanged post without rendering it).
     */
    public String summaryHtml() {
        if (summary != null) {
            return "<p>" + escape(summary) + "</p>";
        }
        String known = knownCard();
        return known != null ? summaryHtmlOf(known) : markdown().excerptHtml();
    }

    /** One or two sentences of plain text: the front matter's description or summary, else the excerpt, shortened. */
    public String description() {
        for (String written : new String[] {description, summary}) {
            if (written != null && !written.isBlank()) {
                return shorten(written.strip());
            }
        }
        return shorten(markdown().excerptText().strip());
    }

    /**
     * The body as HTML (rendered again if it was {@link #releaseHtml() released}; the known HTML while the body is not
     * rendered).
     */
    public String html() {
        if (knownHtml != null && rendered == null) {
            return knownHtml;
        }
        String html = markdown().html();
        return html != null ? html : render.get().html();
    }

    /**
     * Forgets the body's HTML, keeping what later stages read (excerpt, headings, prose blocks, word count): once a
     * post's page is written, a build of thousands of posts does not hold every body's HTML until it ends. Asked for
     * again (the feed), the HTML is rendered again.
     */
    public void releaseHtml() {
        synchronized (this) {
            RenderedMarkdown known = rendered;
            if (known != null && known.html() != null) {
                rendered = known.withoutHtml();
            }
        }
    }

    public List<Heading> toc() {
        return markdown().toc();
    }

    public List<Heading> headings() {
        return markdown().headings();
    }

    public List<ContentBlock> blocks() {
        return markdown().blocks();
    }

    public int wordCount() {
        return markdown().wordCount();
    }

    /** The reading time (from the card the last build found for the same file while the body is not rendered). */
    public int readingMinutes() {
        String known = knownCard();
        return known != null ? Integer.parseInt(minutesOf(known)) : markdown().readingMinutes();
    }

    /** Cuts a description to at most 160 characters at a word boundary, with an ellipsis. */
    static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1).replaceAll("[,;:.\\s]+$", "") + "\u2026";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
