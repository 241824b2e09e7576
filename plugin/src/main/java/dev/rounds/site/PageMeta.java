package dev.rounds.site;

/**
 * What every page's head needs ("page" in every template).
 *
 * @param kind "post", "page", "home", "tag", "tags", "archive", "year", "404"
 * @param title the page's own title (the layout adds the site's)
 * @param description the meta description
 * @param url the canonical absolute URL
 * @param path the path from the server root
 * @param lang the page's language tag
 * @param imageUrl the card image's absolute URL, or null
 * @param noindex whether search engines should skip it (404, drafts in preview)
 */
public record PageMeta(String kind, String title, String description, String url, String path, String lang,
                       String imageUrl, boolean noindex) {
}
