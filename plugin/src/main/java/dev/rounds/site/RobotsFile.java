package dev.rounds.site;

/** {@code robots.txt}, pointing crawlers at the sitemap; a preview build asks them to stay away. */
public final class RobotsFile implements SiteOutput {

    @Override
    public void write(SiteContext context) {
        String rules = context.site().preview() ? "User-agent: *\nDisallow: /\n" : "User-agent: *\nAllow: /\n";
        context.write("robots.txt", rules + "\nSitemap: " + context.settings().urlOf(SitemapFile.ROUTE) + "\n");
    }
}
