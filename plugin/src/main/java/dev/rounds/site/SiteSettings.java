package dev.rounds.site;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the author configures about the site as a whole.
 *
 * @param siteUrl the deployed site's base URL, ending in '/'; every absolute link is made from it
 * @param title the blog's title
 * @param description one sentence about the blog
 * @param language the default language tag of posts
 * @param timeZone the author's time zone: dates without an offset are read in it
 * @param permalink the pattern of post paths, e.g. {@code /:year/:month/:slug/}
 * @param pageSize posts per list page
 * @param feedSize posts in the feed
 * @param disclaimer the site-wide medical disclaimer shown in every footer
 * @param includeDrafts whether drafts, future and expired posts are built (preview only: never in feed or sitemap)
 * @param now the build's notion of now (future and expired posts are judged by it)
 */
public record SiteSettings(String siteUrl, String title, String description, String language, ZoneId timeZone,
                           String permalink, int pageSize, int feedSize, String disclaimer, boolean includeDrafts,
                           Instant now) {

    public static final String DEFAULT_PERMALINK = "/:year/:month/:slug/";
    public static final String DEFAULT_DISCLAIMER = "This blog is for education and does not replace advice from "
            + "your own clinician. Posts do not describe identifiable patients.";

    public SiteSettings {
        Objects.requireNonNull(siteUrl, "siteUrl");
        siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        URI.create(siteUrl);
        title = title == null || title.isBlank() ? "Rounds blog" : title;
        description = description == null ? "" : description;
        language = language == null || language.isBlank() ? "en" : language;
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        permalink = permalink == null || permalink.isBlank() ? DEFAULT_PERMALINK : permalink;
        disclaimer = disclaimer == null ? DEFAULT_DISCLAIMER : disclaimer;
        if (pageSize < 1 || feedSize < 1) {
            throw new IllegalArgumentException("pageSize and feedSize must be at least 1");
        }
        Objects.requireNonNull(now, "now");
    }

    /** The path part of the site URL, e.g. "/" or "/blog/". */
    public String basePath() {
        return BASE_PATHS.computeIfAbsent(siteUrl, url -> {
            String path = URI.create(url).getPath();
            return path == null || path.isEmpty() ? "/" : path;
        });
    }

    /** The base path of each site URL seen (a record keeps no derived fields; this is asked for on every link). */
    private static final Map<String, String> BASE_PATHS = new ConcurrentHashMap<>();

    /** The absolute URL of a site-relative route. */
    public String urlOf(String route) {
        return siteUrl + route;
    }

    /** The server-root path of a site-relative route. */
    public String pathOf(String route) {
        return basePath() + route;
    }
}
