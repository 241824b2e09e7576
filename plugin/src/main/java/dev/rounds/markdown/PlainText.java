package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;

/**
 * The readable text of a Markdown node: what a reader sees, with typographic quotes and dashes as characters,
 * without images, footnote markers, attributes or inline HTML tags.
 */
final class PlainText {

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("&ldquo;", "\u201C"), Map.entry("&rdquo;", "\u201D"), Map.entry("&lsquo;", "\u2018"),
            Map.entry("&rsquo;", "\u2019"), Map.entry("&hellip;", "\u2026"), Map.entry("&ndash;", "\u2013"),
            Map.entry("&mdash;", "\u2014"), Map.entry("&laquo;", "\u00AB"), Map.entry("&raquo;", "\u00BB"),
            Map.entry("&apos;", "'"), Map.entry("&quot;", "\""), Map.entry("&amp;", "&"));

    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return collapse(text);
    }

    /**
     * What {@code text.toString().replaceAll("\\s+", " ").trim()} gives, in one pass without a regex: each run of
     * {@code \s} (ASCII whitespace) as one space, then {@link String#trim()} ({@code PlainTextProperties} holds the two
     * to agree).
     */
    static String collapse(CharSequence text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c)) {
                if (!inSpace) {
                    collapsed.append(' ');
                }
                inSpace = true;
            } else {
                collapsed.append(c);
                inSpace = false;
            }
        }
        return collapsed.toString().trim();
    }

    /** The regex class {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, VT, form feed, return. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                text.append(child.getChars());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child instanceof Code code) {
                text.append(code.getText());
            } else if (child instanceof TypographicQuotes quotes) {
                text.append(entity(quotes.getTypographicOpening()));
                append(child, text);
                text.append(entity(quotes.getTypographicClosing()));
            } else if (child instanceof TypographicSmarts smarts) {
                text.append(entity(smarts.getTypographicText()));
            } else if (child instanceof Image || child instanceof ImageRef || child instanceof AttributesNode
                    || child instanceof Footnote || child instanceof HtmlInline || child instanceof HtmlInlineComment) {
                continue;
            } else {
                append(child, text);
            }
        }
    }

    private static String entity(String html) {
        return html == null ? "" : ENTITIES.getOrDefault(html, html);
    }
}
