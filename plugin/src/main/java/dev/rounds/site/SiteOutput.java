package dev.rounds.site;

/** One kind of file the site has: post pages, list pages, the feed, the sitemap... */
public interface SiteOutput {

    void write(SiteContext context);
}
