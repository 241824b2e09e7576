package dev.rounds.markdown;

import java.util.Objects;

/**
 * One block of a post, as plain text, for the stages that read what a post says (key points, the guard). Table
 * cells, code and raw HTML are kept as {@link Kind#TABLE_CELL} and {@link Kind#OTHER} for the confidentiality guard;
 * key points are taken from prose only ({@link Kind#isProse()}).
 *
 * @param kind what sort of block
 * @param text the block's plain text (inline markup removed, typographic quotes kept)
 * @param sectionId the heading id of the section the block is in ("" before the first heading)
 * @param sectionTitle that heading's text ("" before the first heading)
 * @param line the 1-based line in the post's file where the block starts
 * @param marked whether the author marked it as a teaser ({@code {.tweet}})
 * @param leadIn for a list item that opens with bold text, that text; otherwise ""
 */
public record ContentBlock(Kind kind, String text, String sectionId, String sectionTitle, int line, boolean marked,
                           String leadIn) {

    public enum Kind {
        /** A heading; its own id is {@link #sectionId()}. */
        HEADING,
        PARAGRAPH,
        /** A blockquote. */
        QUOTE,
        /** A blockquote the author styled as a pull quote ({@code {.pullquote}}). */
        PULL_QUOTE,
        LIST_ITEM,
        /** A table cell: never a teaser, but read by the confidentiality guard. */
        TABLE_CELL,
        /** A code block or raw HTML block, as text: never a teaser, but read by the confidentiality guard. */
        OTHER;

        /** Whether the block is prose a teaser may be made from. */
        public boolean isProse() {
            return this != TABLE_CELL && this != OTHER;
        }
    }

    public ContentBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sectionId = sectionId == null ? "" : sectionId;
        sectionTitle = sectionTitle == null ? "" : sectionTitle;
        leadIn = leadIn == null ? "" : leadIn;
    }
}
