package dev.rounds.build;

import dev.rounds.credibility.CredibilitySettings;
import dev.rounds.site.SiteSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a build needs to know, with no Maven types: the Mojos fill it from the pom.
 *
 * @param postsDirectory the Markdown posts (recursive)
 * @param templatesDirectory the blog's own templates, which win over the theme's
 * @param staticDirectory the blog's static files, copied as they are
 * @param authorsFile the authors data file
 * @param outputDirectory where the site is written
 * @param workDirectory Rounds' own working folder (staging, campaign files, caches)
 * @param site the site settings
 * @param allowScripts whether posts may contain {@code <script>}
 * @param preview whether this is a preview build (rounds:serve): drafts shown and marked, robots kept out
 * @param credibility the review-age and reference-link checks
 * @param incremental whether pages whose inputs did not change since the last build are left as they are (the
 *     manifest under {@code workDirectory}); off, every page is rendered again
 */
public record BlogConfig(Path postsDirectory, Path templatesDirectory, Path staticDirectory, Path authorsFile,
                         Path outputDirectory, Path workDirectory, SiteSettings site, boolean allowScripts,
                         boolean preview, CredibilitySettings credibility, boolean incremental) {

    /** An incremental build with the default (quiet, network-free) credibility checks. */
    public BlogConfig(Path postsDirectory, Path templatesDirectory, Path staticDirectory, Path authorsFile,
                      Path outputDirectory, Path workDirectory, SiteSettings site, boolean allowScripts,
                      boolean preview) {
        this(postsDirectory, templatesDirectory, staticDirectory, authorsFile, outputDirectory, workDirectory, site,
                allowScripts, preview, CredibilitySettings.defaults(), true);
    }

    public BlogConfig {
        Objects.requireNonNull(postsDirectory, "postsDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(site, "site");
        credibility = credibility == null ? CredibilitySettings.defaults() : credibility;
    }

    /** A path relative to the blog's folder, for messages (the posts folder's parent is taken as the blog). */
    public String describe(Path file) {
        Path base = postsDirectory.toAbsolutePath().getParent();
        Path absolute = file.toAbsolutePath();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
