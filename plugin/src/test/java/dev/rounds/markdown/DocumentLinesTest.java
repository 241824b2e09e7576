package dev.rounds.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link DocumentLines} numbers every offset, and every node, as flexmark's own line count does. */
class DocumentLinesTest {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

    @Property(tries = 1000)
    void everyOffsetIsOnFlexmarksLine(@ForAll("documents") String text) {
        Document document = PARSER.parse(text);
        DocumentLines lines = new DocumentLines(document.getChars());
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(document.getLineNumber(offset), lines.lineOf(offset), "offset " + offset + " of: " + text);
        }
        for (Node node : document.getDescendants()) {
            assertEquals(node.getStartLineNumber(), lines.lineOf(node), node + " in: " + text);
        }
    }

    @Example
    void linesCountFromZeroAndEveryKindOfBreakEndsOne() {
        DocumentLines lines = new DocumentLines("a\nb\r\nc\rd");
        assertEquals(0, lines.lineOf(0));
        assertEquals(0, lines.lineOf(1), "the break belongs to its line");
        assertEquals(1, lines.lineOf(2));
        assertEquals(1, lines.lineOf(4), "\\r\\n is one break");
        assertEquals(2, lines.lineOf(5));
        assertEquals(3, lines.lineOf(7));
    }

    /** Markdown lines (headings, lists, quotes, paragraphs, blank lines) joined by \n, \r\n and \r. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> line = Arbitraries.of("# Heading", "Some text.", "- item", "> quote", "", "    code", "```",
                "| a | b |", "text with **bold**", "1. first", "\t", " ");
        Arbitrary<String> lineBreak = Arbitraries.of("\n", "\r\n", "\r", "\n\n");
        return Arbitraries.oneOf(line, lineBreak).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
