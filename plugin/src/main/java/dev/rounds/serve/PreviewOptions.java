package dev.rounds.serve;

import dev.rounds.build.BlogConfig;
import dev.rounds.site.SiteSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the preview server needs: the blog as configured for a real build, the port, and the stage that previews the
 * campaign. The preview never writes into the blog's output folder: it builds into {@link #siteFolder()}.
 *
 * @param blog the blog's configuration; its output folder and site URL are replaced for the preview
 * @param port the port on 127.0.0.1, or 0 for any free port
 * @param stage the campaign's preview stage ({@link PreviewStage#NONE} if null)
 * @param timings whether each build says where its time went (rounds.timings)
 * @param idleCollect whether the young generation is collected while the preview is idle ({@link IdleCollector}),
 *     so that saves do not pause for it
 */
public record PreviewOptions(BlogConfig blog, int port, PreviewStage stage, boolean timings, boolean idleCollect) {

    /** Options whose builds say nothing of their timings, and which leave collections to the JVM. */
    public PreviewOptions(BlogConfig blog, int port, PreviewStage stage) {
        this(blog, port, stage, false, false);
    }

    public PreviewOptions {
        Objects.requireNonNull(blog, "blog");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        stage = stage == null ? PreviewStage.NONE : stage;
        if (siteFolderOf(blog).toAbsolutePath().normalize().equals(blog.outputDirectory().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("The preview folder " + siteFolderOf(blog)
                    + " is the site's output folder: give the preview its own work folder.");
        }
    }

    /** Where the preview site is built: beside, never inside, the real site. */
    public Path siteFolder() {
        return siteFolderOf(blog);
    }

    /** Where the preview stage writes its page, served at {@code /_rounds/campaign/}. */
    public Path campaignFolder() {
        return blog.workDirectory().resolve("preview-campaign");
    }

    /**
     * The configuration of a preview build served at {@code siteUrl}: drafts and future posts included and marked,
     * links pointing at the local server (as {@code hugo server} does), and a staging folder of its own so that a
     * {@code rounds:build} run at the same time does not clear the preview's half-written files.
     */
    BlogConfig previewConfig(String siteUrl) {
        SiteSettings real = blog.site();
        SiteSettings local = new SiteSettings(siteUrl, real.title(), real.description(), real.language(),
                real.timeZone(), real.permalink(), real.pageSize(), real.feedSize(), real.disclaimer(), true,
                real.now());
        return new BlogConfig(blog.postsDirectory(), blog.templatesDirectory(), blog.staticDirectory(),
                blog.authorsFile(), siteFolder(), blog.workDirectory().resolve("preview-work"), local,
                blog.allowScripts(), true, blog.credibility(), blog.incremental());
    }

    private static Path siteFolderOf(BlogConfig blog) {
        return blog.workDirectory().resolve("preview-site");
    }
}
