package dev.rounds.site;

import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.Heading;
import dev.rounds.source.Author;
import dev.rounds.source.FrontMatter;
import dev.rounds.source.Reference;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A post (or a dateless page) ready for the templates: its place in the site, its HTML and its metadata.
 * Documented for theme authors in the README ("post").
 *
 * @param source the source file's path relative to the posts folder
 * @param page true for a page without a date (About): not listed, not in the feed or the campaign
 * @param title the title
 * @param slug the last path segment
 * @param route the site-relative output folder, e.g. "2026/11/statins/" (no leading slash)
 * @param path the path from the server root, e.g. "/2026/11/statins/"
 * @param url the absolute URL
 * @param date when published (null for a page)
 * @param updated the front matter's lastmod, if any (never the build date or the file's timestamp)
 * @param published {@code date} for templates
 * @param modified {@code updated} for templates (null if none)
 * @param draft a draft (only in preview builds)
 * @param scheduled dated in the future (only in preview builds)
 * @param tags the post's tags
 * @param body the body, rendered when first needed: {@link #contentHtml()}, {@link #summaryHtml()},
 *     {@link #description()}, {@link #toc()}, {@link #headings()}, {@link #wordCount()}, {@link #readingMinutes()}
 *     and {@link #blocks()} read it
 * @param coverUrl the cover image's absolute URL, or null
 * @param lang the language tag
 * @param author the author, or null
 * @param reviewer the medical reviewer, or null
 * @param references the references from front matter
 * @param frontMatter everything the author wrote in front matter
 * @param digest what the post is made of: its source file's bytes (their digest), the flags that depend on the clock and
 *     its path, as one text (with the build's settings, everything else in a post follows from these)
 * @param headDigest what the post's properties other than its body are made of: its path, its front matter and the
 *     flags that depend on the clock; a page that lists the post, reads none of its body properties and reads its
 *     references or whole front matter is made again only when this changes (one that reads other head properties,
 *     only when those change: {@link PostHeads}). Null when the front matter holds a value that cannot be digested
 *     exactly.
 */
public record Post(
        String source,
        boolean page,
        String title,
        String slug,
        String route,
        String path,
        String url,
        ZonedDateTime date,
        ZonedDateTime updated,
        DateView published,
        DateView modified,
        boolean draft,
        boolean scheduled,
        List<TagRef> tags,
        PostBody body,
        String coverUrl,
        String lang,
        Author author,
        Author reviewer,
        List<Reference> references,
        FrontMatter frontMatter,
        String digest,
        String headDigest) {

    /**
     * The properties templates may read without the body, so a page that lists posts and reads only these is made
     * again only when what it read of them changes ({@link PostHeads}). Any other property (the body's HTML, summary,
     * description, headings, reading time, the digests) counts as reading the body.
     */
    public static final java.util.Set<String> HEAD_PROPERTIES = java.util.Set.copyOf(PostHeads.ORDER);

    public Post {
        tags = List.copyOf(tags);
        references = List.copyOf(references);
    }

    /** The excerpt as HTML. */
    public String summaryHtml() {
        return body.summaryHtml();
    }

    /** One or two sentences of plain text for meta descriptions and cards. */
    public String description() {
        return body.description();
    }

    /** The body as HTML. */
    public String contentHtml() {
        return body.html();
    }

    /** Level 2 and 3 headings. */
    public List<Heading> toc() {
        return body.toc();
    }

    /** Every heading, with its anchor id. */
    public List<Heading> headings() {
        return body.headings();
    }

    /** Words of prose. */
    public int wordCount() {
        return body.wordCount();
    }

    /** Estimated reading time. */
    public int readingMinutes() {
        return body.readingMinutes();
    }

    /** The prose, for the campaign and the guard. */
    public List<ContentBlock> blocks() {
        return body.blocks();
    }

    /** The heading ids of this page, for checking links to sections. */
    public boolean hasAnchor(String id) {
        return headings().stream().anyMatch(h -> h.id().equals(id));
    }
}
