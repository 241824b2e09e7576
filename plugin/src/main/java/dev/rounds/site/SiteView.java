package dev.rounds.site;

import java.util.List;

/**
 * The site as templates see it ("site" in every template).
 *
 * @param title the blog's title
 * @param description one sentence about the blog
 * @param url the base URL, ending in '/'
 * @param basePath the base URL's path, e.g. "/"
 * @param language the default language tag
 * @param disclaimer the site-wide medical disclaimer
 * @param feedUrl the Atom feed's absolute URL
 * @param tags every tag, by name
 * @param years the years that have posts, newest first
 * @param preview true when built by rounds:serve (drafts and future posts shown, marked)
 */
public record SiteView(String title, String description, String url, String basePath, String language,
                       String disclaimer, String feedUrl, List<TagRef> tags, List<Integer> years, boolean preview) {
    public SiteView {
        tags = List.copyOf(tags);
        years = List.copyOf(years);
    }
}
