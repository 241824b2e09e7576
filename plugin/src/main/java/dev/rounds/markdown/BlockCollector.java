package dev.rounds.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a parsed post and collects its headings and prose blocks. Code, tables, HTML blocks, footnote definitions
 * and image-only paragraphs are not prose and are skipped.
 */
final class BlockCollector {

    private final int bodyLine;
    private DocumentLines lines;
    private final List<dev.rounds.markdown.Heading> headings = new ArrayList<>();
    private final List<ContentBlock> blocks = new ArrayList<>();
    private String sectionId = "";
    private String sectionTitle = "";
    private int words;

    BlockCollector(int bodyLine) {
        this.bodyLine = bodyLine;
    }

    void collect(Document document) {
        lines = new DocumentLines(document.getChars());
        visitChildren(document);
    }

    List<dev.rounds.markdown.Heading> headings() {
        return headings;
    }

    List<ContentBlock> blocks() {
        return blocks;
    }

    int wordCount() {
        return words;
    }

    private void visitChildren(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            visit(node);
        }
    }

    private void visit(Node node) {
        if (node instanceof Heading heading) {
            String text = PlainText.of(heading);
            sectionId = heading.getAnchorRefId();
            sectionTitle = text;
            headings.add(new dev.rounds.markdown.Heading(heading.getLevel(), text, sectionId, line(heading)));
            add(ContentBlock.Kind.HEADING, text, heading, false, "");
        } else if (node instanceof Paragraph paragraph) {
            if (!isImageOnly(paragraph)) {
                add(ContentBlock.Kind.PARAGRAPH, PlainText.of(paragraph), paragraph, hasClass(paragraph, "tweet"), "");
            }
        } else if (node instanceof BlockQuote quote) {
            boolean pull = hasClassDeep(quote, "pullquote") || hasClassDeep(quote, "pull-quote");
            add(pull ? ContentBlock.Kind.PULL_QUOTE : ContentBlock.Kind.QUOTE, PlainText.of(quote), quote,
                    hasClassDeep(quote, "tweet"), "");
        } else if (node instanceof ListItem item) {
            Node first = item.getFirstChild();
            if (first instanceof Paragraph paragraph) {
                add(ContentBlock.Kind.LIST_ITEM, PlainText.of(paragraph), item, hasClass(paragraph, "tweet"),
                        leadIn(paragraph));
            }
            for (Node child = first == null ? null : first.getNext(); child != null; child = child.getNext()) {
                visit(child);
            }
        } else if (node instanceof TableBlock table) {
            for (Node cell : table.getDescendants()) {
                if (cell instanceof TableCell) {
                    add(ContentBlock.Kind.TABLE_CELL, PlainText.of(cell), cell, false, "");
                }
            }
        } else if (node instanceof CodeBlock || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            add(ContentBlock.Kind.OTHER, node.getChildChars().toString(), node, false, "");
        } else if (node instanceof HtmlBlock html) {
            add(ContentBlock.Kind.OTHER, html.getChars().toString().replaceAll("<[^>]*>", " "), node, false, "");
        } else if (!(node instanceof FootnoteBlock) && isContainer(node)) {
            visitChildren(node);
        }
    }

    private static boolean isContainer(Node node) {
        return node instanceof com.vladsch.flexmark.ast.ListBlock;
    }

    private void add(ContentBlock.Kind kind, String text, Node node, boolean marked, String leadIn) {
        if (text.isBlank()) {
            return;
        }
        if (kind != ContentBlock.Kind.HEADING && kind.isProse()) {
            words += wordsIn(text);
        }
        blocks.add(new ContentBlock(kind, text, sectionId, sectionTitle, line(node), marked, leadIn));
    }

    private int line(Node node) {
        return bodyLine + lines.lineOf(node);
    }

    /**
     * How many pieces {@code text.split("\\s+")} makes of a text that is not blank: the runs of characters other than
     * {@code \s} (ASCII whitespace), one more when the text opens with {@code \s}; counted without the regex
     * ({@code PlainTextProperties} holds the two to agree).
     */
    static int wordsIn(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            boolean space = PlainText.isAsciiSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return !text.isEmpty() && PlainText.isAsciiSpace(text.charAt(0)) ? words + 1 : words;
    }

    private static String leadIn(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        return first instanceof StrongEmphasis strong ? PlainText.of(strong).replaceAll("[:.\\s]+$", "") : "";
    }

    private static boolean isImageOnly(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Image) && !(child instanceof AttributesNode) && !child.getChars().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasClass(Node node, String cssClass) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes && declares(attributes, cssClass)) {
                return true;
            }
        }
        Node next = node.getNext();
        return next instanceof AttributesNode attributes && declares(attributes, cssClass);
    }

    private static boolean hasClassDeep(Node node, String cssClass) {
        for (Node descendant : node.getDescendants()) {
            if (descendant instanceof AttributesNode attributes && declares(attributes, cssClass)) {
                return true;
            }
        }
        return hasClass(node, cssClass);
    }

    private static boolean declares(AttributesNode attributes, String cssClass) {
        for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute && attribute.isClass()
                    && List.of(attribute.getValue().toString().split("\\s+")).contains(cssClass)) {
                return true;
            }
        }
        return false;
    }
}
