package dev.rounds.markdown;

/**
 * A heading of a post, for the table of contents and for teasers that link to a section.
 *
 * @param level 1 to 6
 * @param text the heading's plain text
 * @param id its anchor id, unique within the page and stable across builds
 * @param line the 1-based line in the post's file
 */
public record Heading(int level, String text, String id, int line) {
}
