package dev.rounds.site;

/** {@code robots.txt}, pointing crawlers at the sitemap; a preview build asks them to stay away. */
public final class RobotsFile implements SiteOutput {

    /** The file's name, at the top of the site. */
    public static final String FILE = "robots.txt";

    @Override
    public void write(SiteContext context) {
        String rules = context.site().preview() ? "User-agent: *\nDisallow: /\n" : "User-agent: *\nAllow: /\n";
        context.write(FILE, rules + "\nSitemap: " + context.settings().urlOf(SitemapFile.ROUTE) + "\n");
    }
}
