package dev.rounds.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;

/**
 * A parsed document's line numbers by offset, found once: flexmark's own {@code Node.getStartLineNumber()} counts the
 * line breaks from the document's start at every call, which made collecting a long post's blocks quadratic. Lines
 * are counted as flexmark counts them (from 0; a break is {@code \r\n}, {@code \r} or {@code \n}, and a line begins
 * after its break), which {@code DocumentLinesTest} holds to flexmark for every offset.
 */
final class DocumentLines {

    /** Where each line after the first begins: just after each line break, in order. */
    private final int[] lineStarts;

    DocumentLines(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 0-based line of {@code offset}: how many line breaks end at or before it. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 0-based line a node starts on, as {@code node.getStartLineNumber()} gives it. */
    int lineOf(Node node) {
        return lineOf(node.getStartOffset());
    }
}
