package dev.rounds.markdown;

import java.util.List;

/**
 * A post body rendered to HTML, with what later stages read from it.
 *
 * @param html the body's HTML; null in a copy made {@link #withoutHtml() without it}
 * @param excerptHtml the HTML before the excerpt separator ({@code <!--more-->}), or the first paragraph's
 * @param excerptText the same as plain text
 * @param headings every heading, in order (ids as in {@code html})
 * @param blocks the prose blocks, for key points and the confidentiality guard
 * @param wordCount words of prose
 */
public record RenderedMarkdown(String html, String excerptHtml, String excerptText, List<Heading> headings,
                               List<ContentBlock> blocks, int wordCount) {

    /** Words a minute for reading-time estimates of clinical prose. */
    public static final int WORDS_PER_MINUTE = 220;

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }

    /** The same without the body's HTML (what the campaign and the lists read, once the post's page is written). */
    public RenderedMarkdown withoutHtml() {
        return new RenderedMarkdown(null, excerptHtml, excerptText, headings, blocks, wordCount);
    }

    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(wordCount / (double) WORDS_PER_MINUTE));
    }

    /** Headings of level 2 and 3: the table of contents. */
    public List<Heading> toc() {
        return headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
    }
}
