package dev.rounds.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A post as read from disk: front matter parsed, body still Markdown.
 *
 * @param file the file on disk
 * @param relativePath its path relative to the posts folder, with forward slashes (used in every message)
 * @param frontMatter the typed front matter
 * @param text the Markdown body, other generators' template tags already removed ({@link #body()}); a post taken
 *     from the read cache reads its file again when the body is first asked for
 * @param bodyLine the 1-based line of the file where the body starts
 * @param fileSlug the slug implied by the file name (Jekyll date prefix and extension removed; a bundle's folder name)
 * @param bundleFiles for a page bundle ({@code slug/index.md}), the other files beside it
 * @param frontMatterDigest the digest of the file's path and its front matter as written, delimiters and all ({@link
 *     PostReader.Known}); null when not known
 */
public record SourcePost(Path file, String relativePath, FrontMatter frontMatter, Supplier<String> text, int bodyLine,
                         String fileSlug, List<Path> bundleFiles, String frontMatterDigest) {

    public SourcePost {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(text, "text");
        bundleFiles = List.copyOf(bundleFiles);
    }

    /** A post read just now, body and all. */
    public SourcePost(Path file, String relativePath, FrontMatter frontMatter, String body, int bodyLine,
                      String fileSlug, List<Path> bundleFiles, String frontMatterDigest) {
        this(file, relativePath, frontMatter, () -> Objects.requireNonNull(body, "body"), bodyLine, fileSlug,
                bundleFiles, frontMatterDigest);
    }

    /** The Markdown body, other generators' template tags already removed. */
    public String body() {
        return text.get();
    }

    /** A post has a date; a file without one anywhere is a page (About, Contact). */
    public boolean isPage() {
        return frontMatter.date() == null;
    }

    /** Whether this is a Hugo page bundle ({@code slug/index.md}). */
    public boolean isBundle() {
        String name = file.getFileName().toString();
        return name.equals("index.md") || name.equals("index.markdown");
    }

    /** Convenience for messages that only know dates. */
    public LocalDate localDate() {
        return frontMatter.date() == null ? null : frontMatter.date().toLocalDate();
    }
}
