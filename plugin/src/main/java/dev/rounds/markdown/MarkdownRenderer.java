package dev.rounds.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.rounds.core.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark. One immutable options object; the parser and renderer are built once and shared
 * (flexmark's parser and renderer are thread-safe), so posts can be rendered in parallel.
 */
public final class MarkdownRenderer {

    private static final Pattern SCRIPT = Pattern.compile("(?i)<script\\b");

    private final DataHolder options;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean allowScripts;

    /** @param allowScripts whether a post may contain {@code <script>} (off by default: posts are content, not code) */
    public MarkdownRenderer(boolean allowScripts) {
        this.allowScripts = allowScripts;
        this.options = options(PrefilteredAutolink.create(), PlainTextNodes.create());
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * A made-up post with most of what posts hold (headings, lists, a table, a quote, code, links, a footnote, an
     * excerpt marker), for {@link #warmUp()}.
     */
    static final String SAMPLE = """
            Most adults with **community-acquired pneumonia** can be treated at home[^1]; see the \
            [guideline](https://www.nice.org.uk/guidance/ng138) or https://example.org/notes, "as a rule".

            <!--more-->

            ## When to admit {#admit}

            - A CURB-65 score of *2 or more*;
            - oxygen saturation below 92% -- ~~old advice~~ new advice.

            1. Amoxicillin 500 mg
            2. Review on day 3

            > Listen to your patient. It's the history.
            {.pullquote}

            > A blockquote of its own.

            | Score | Action |
            |---|---|
            | 0-1 | Home |

            ```text
            CURB-65
            ```

            Some <em>inline HTML</em>.

            [^1]: Lim WS, et al. Thorax 2009.
            """;

    /**
     * Renders a made-up post and throws the result away: in a cold JVM, the first post's render loads and runs
     * flexmark's parser and renderer for the first time, which costs about a tenth of a second. Run on a spare thread
     * (rounds:build does, while it reads the posts), the real first render finds that done.
     */
    public void warmUp() {
        render("warm-up.md", SAMPLE, 1, "<!--more-->", new Problems());
    }

    /**
     * The parser's and renderer's options, with the given extension for bare links and, after the others, any extra
     * ones (tests render with flexmark's own extensions and Rounds' faster ones, and compare).
     */
    static DataHolder options(Extension autolink, Extension... extra) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create(),
                autolink, StrikethroughExtension.create(), TypographicExtension.create(),
                AttributesExtension.create()));
        extensions.addAll(List.of(extra));
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
                .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "\u21A9\uFE0E")
                .toImmutable();
    }

    /**
     * @param source the post's path, for messages
     * @param body the Markdown
     * @param bodyLine the file line on which the body starts
     * @param excerptSeparator the marker that ends the excerpt (e.g. {@code <!--more-->})
     */
    public RenderedMarkdown render(String source, String body, int bodyLine, String excerptSeparator,
                                   Problems problems) {
        Document document = parser.parse(body);
        checkScripts(source, document, bodyLine, problems);
        new HeaderIdGenerator(options).generateIds(document);
        String html = renderer.render(document);
        BlockCollector collector = new BlockCollector(bodyLine);
        collector.collect(document);
        String excerptHtml;
        String excerptText;
        int separator = body.indexOf(excerptSeparator);
        if (separator >= 0) {
            Document excerpt = parser.parse(body.substring(0, separator));
            excerptHtml = renderer.render(excerpt);
            excerptText = PlainText.of(excerpt);
        } else {
            Paragraph first = firstParagraph(document);
            excerptHtml = first == null ? "" : renderer.render(first);
            excerptText = first == null ? "" : PlainText.of(first);
        }
        return new RenderedMarkdown(html, excerptHtml.trim(), excerptText, collector.headings(), collector.blocks(),
                collector.wordCount());
    }

    private static Paragraph firstParagraph(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph && !PlainText.of(paragraph).isEmpty()) {
                return paragraph;
            }
        }
        return null;
    }

    /**
     * Whether rendering {@code body} could report a problem. The only problem rendering finds is a refused
     * {@code <script>}, which needs the text "&lt;script" somewhere in the body; any other body renders without one,
     * so it may be rendered later, when (and if) its HTML is needed.
     */
    public boolean mayReportProblems(String body) {
        return !allowScripts && SCRIPT.matcher(body).find();
    }

    private void checkScripts(String source, Document document, int bodyLine, Problems problems) {
        if (allowScripts) {
            return;
        }
        for (Node node : document.getDescendants()) {
            if ((node instanceof HtmlBlock || node instanceof HtmlInline) && SCRIPT.matcher(node.getChars()).find()) {
                problems.error(source, bodyLine + node.getStartLineNumber(),
                        "The post contains a <script> element; scripts in posts are refused.",
                        "Remove the script, or set <allowScripts>true</allowScripts> (rounds.allowScripts) if you trust it.");
            }
        }
    }
}
