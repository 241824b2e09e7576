package dev.rounds.mojo;

import dev.rounds.build.BlogConfig;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.core.Timings;
import dev.rounds.core.RoundsException;
import dev.rounds.credibility.CredibilitySettings;
import dev.rounds.site.SiteSettings;
import java.io.File;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every Rounds goal shares: where the blog is, the site settings, skipping, and turning engine exceptions into
 * Maven's (bad input fails the build; a fault of Rounds or the machine is an execution error).
 */
public abstract class AbstractRoundsMojo extends AbstractMojo {

    /** Skips every Rounds goal. */
    @Parameter(property = "rounds.skip", defaultValue = "false")
    protected boolean skip;

    /** The folder of Markdown posts, read recursively. */
    @Parameter(property = "rounds.postsDirectory", defaultValue = "${project.basedir}/src/posts")
    protected File postsDirectory;

    /** The blog's own FreeMarker templates; a file here replaces the theme's file of the same name. */
    @Parameter(property = "rounds.templatesDirectory", defaultValue = "${project.basedir}/src/templates")
    protected File templatesDirectory;

    /** Static files (images, CSS, downloads) copied into the site as they are; they win over the theme's. */
    @Parameter(property = "rounds.staticDirectory", defaultValue = "${project.basedir}/src/static")
    protected File staticDirectory;

    /** The authors file: each author's name, credentials, role, specialty, affiliation, links and X handle. */
    @Parameter(property = "rounds.authorsFile", defaultValue = "${project.basedir}/src/authors.yml")
    protected File authorsFile;

    /** Where the site is written. */
    @Parameter(property = "rounds.outputDirectory", defaultValue = "${project.build.directory}/site")
    protected File outputDirectory;

    /** Rounds' working folder: staging, the campaign plan and its preview, the outbox. */
    @Parameter(property = "rounds.workDirectory", defaultValue = "${project.build.directory}/rounds")
    protected File workDirectory;

    /**
     * The deployed site's base URL (e.g. {@code https://notes.example.org/}). Every absolute link, the feed, the
     * cards and the tweets' links are made from it. Defaults to the project's {@code <url>}.
     */
    @Parameter(property = "rounds.siteUrl", defaultValue = "${project.url}")
    protected String siteUrl;

    /** The blog's title. */
    @Parameter(property = "rounds.title", defaultValue = "${project.name}")
    protected String title;

    /** One sentence about the blog, for the home page, the feed and search engines. */
    @Parameter(property = "rounds.description", defaultValue = "${project.description}")
    protected String description;

    /** The default language of posts (a post may set its own {@code lang}). */
    @Parameter(property = "rounds.language", defaultValue = "en")
    protected String language;

    /** The author's time zone (e.g. {@code Europe/London}): dates without an offset and posting windows use it. */
    @Parameter(property = "rounds.timeZone", defaultValue = "UTC")
    protected String timeZone;

    /** The path pattern of posts; tokens {@code :year :month :day :slug}. */
    @Parameter(property = "rounds.permalink", defaultValue = SiteSettings.DEFAULT_PERMALINK)
    protected String permalink;

    /** Posts per list page (home and tag pages). */
    @Parameter(property = "rounds.pageSize", defaultValue = "10")
    protected int pageSize;

    /** Posts in the Atom feed. */
    @Parameter(property = "rounds.feedSize", defaultValue = "20")
    protected int feedSize;

    /** The site-wide medical disclaimer shown in every page's footer. */
    @Parameter(property = "rounds.disclaimer")
    protected String disclaimer;

    /** Builds drafts, future and expired posts too (never into the feed or the sitemap). For previews. */
    @Parameter(property = "rounds.drafts", defaultValue = "false")
    protected boolean drafts;

    /** Lets posts contain {@code <script>}; refused by default. */
    @Parameter(property = "rounds.allowScripts", defaultValue = "false")
    protected boolean allowScripts;

    /** Runs as if it were this instant (ISO-8601, e.g. {@code 2026-03-01T09:00:00Z}), to try a schedule. */
    @Parameter(property = "rounds.now")
    protected String now;

    /**
     * The oldest a post's {@code lastReviewed} date may be, as an ISO-8601 period ({@code P1Y}, {@code P18M}); a post
     * reviewed longer ago warns or fails (see {@code reviewMaxAgeAction}). Unset: no limit.
     */
    @Parameter(property = "rounds.reviewMaxAge")
    protected String reviewMaxAge;

    /** What a post whose review is older than {@code reviewMaxAge} does: {@code warn} or {@code fail}. */
    @Parameter(property = "rounds.reviewMaxAge.action", defaultValue = "warn")
    protected String reviewMaxAgeAction;

    /**
     * Requests every reference's address (HEAD, then GET; redirects followed; a few at a time, 10 s each) and warns
     * about the broken ones. Off by default: the build stays off the network.
     */
    @Parameter(property = "rounds.checkLinks", defaultValue = "false")
    protected boolean checkReferenceLinks;

    /**
     * Leaves pages whose inputs did not change since the last build as they are (a content-hash manifest in the
     * work folder; any change to the code, theme, templates, static files, authors or settings renders everything).
     * Off, every page is rendered again.
     */
    @Parameter(property = "rounds.incremental", defaultValue = "true")
    protected boolean incremental;

    /** Says at the end of each goal where its time went, phase by phase (wall clock). */
    @Parameter(property = "rounds.timings", defaultValue = "false")
    protected boolean reportTimings;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Rounds: rounds.skip is true.");
            return;
        }
        if (skipGoal()) {
            return;
        }
        try {
            run(new MavenLog(getLog()));
        } catch (InvalidInputException invalid) {
            throw new MojoFailureException(invalid.getMessage(), invalid);
        } catch (ConfigurationException badSetting) {
            throw new MojoFailureException(badSetting.getMessage(), badSetting);
        } catch (RoundsException fault) {
            throw new MojoExecutionException(fault.getMessage(), fault);
        }
    }

    /** A goal's own skip switch; it logs why it skips. */
    protected boolean skipGoal() {
        return false;
    }

    protected abstract void run(Log log);

    /** The goal's timings: started now when rounds.timings is set, otherwise ones that record nothing. */
    protected Timings timings() {
        return reportTimings ? Timings.start() : Timings.off();
    }

    protected BlogConfig blogConfig(boolean preview) {
        return new BlogConfig(postsDirectory.toPath(), path(templatesDirectory), path(staticDirectory),
                path(authorsFile), outputDirectory.toPath(), workDirectory.toPath(), siteSettings(preview),
                allowScripts, preview, credibility(preview), incremental);
    }

    /** The preview rebuilds on every save: it never requests the references' addresses. */
    protected CredibilitySettings credibility(boolean preview) {
        Period maxAge = null;
        if (reviewMaxAge != null && !reviewMaxAge.isBlank()) {
            try {
                maxAge = Period.parse(reviewMaxAge.trim());
            } catch (DateTimeParseException bad) {
                maxAge = Period.ZERO;
            }
            if (maxAge.isZero() || maxAge.isNegative()) {
                throw new ConfigurationException("reviewMaxAge '" + reviewMaxAge + "' is not a positive ISO-8601 "
                        + "period. Set <reviewMaxAge> (rounds.reviewMaxAge) to e.g. P1Y or P18M.");
            }
        }
        CredibilitySettings.Action action;
        try {
            action = CredibilitySettings.Action.valueOf(reviewMaxAgeAction == null ? "WARN"
                    : reviewMaxAgeAction.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("reviewMaxAgeAction '" + reviewMaxAgeAction + "' is neither warn nor "
                    + "fail. Set <reviewMaxAgeAction> (rounds.reviewMaxAge.action) to warn or fail.");
        }
        return new CredibilitySettings(maxAge, action, checkReferenceLinks && !preview,
                CredibilitySettings.DEFAULT_LINK_TIMEOUT,
                CredibilitySettings.DEFAULT_LINK_CONCURRENCY);
    }

    protected SiteSettings siteSettings(boolean preview) {
        String url = siteUrl;
        if (url == null || url.isBlank()) {
            getLog().warn("No siteUrl is set: links use http://localhost:8080/. Set <siteUrl> (or <url> in the pom).");
            url = "http://localhost:8080/";
        }
        if (!url.matches("(https?|file)://.+")) {
            throw new ConfigurationException("siteUrl '" + url + "' is not an http(s) or file URL. "
                    + "Set <siteUrl>https://your.blog/</siteUrl> in the plugin's configuration.");
        }
        return new SiteSettings(url, title, description, language, zone(), permalink, pageSize, feedSize, disclaimer,
                drafts || preview, instant());
    }

    protected ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException bad) {
            throw new ConfigurationException("timeZone '" + timeZone + "' is not a time zone. "
                    + "Set <timeZone> to a name such as America/New_York or Europe/London.");
        }
    }

    protected Instant instant() {
        if (now == null || now.isBlank()) {
            return Instant.now();
        }
        try {
            return java.time.OffsetDateTime.parse(now).toInstant();
        } catch (DateTimeParseException bad) {
            throw new ConfigurationException("rounds.now '" + now + "' is not an ISO-8601 instant. "
                    + "Write it as 2026-03-01T09:00:00Z.");
        }
    }

    protected ClassLoader themeLoader() {
        return getClass().getClassLoader();
    }

    private static java.nio.file.Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /** A plugin setting that cannot work; reported as a build failure naming the pom element to fix. */
    protected static final class ConfigurationException extends RuntimeException {
        ConfigurationException(String message) {
            super(message);
        }
    }
}
