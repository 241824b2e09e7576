package dev.rounds.site;

import java.util.Map;

/** {@code 404.html}, which static hosts serve for missing pages. */
public final class NotFoundPage implements SiteOutput {

    /** The page's file, at the top of the site (servers show it for a path they do not have). */
    public static final String FILE = "404.html";

    @Override
    public void write(SiteContext context) {
        PageMeta meta = new PageMeta("404", "Page not found", "This page does not exist.",
                context.settings().urlOf(FILE), context.settings().pathOf(FILE),
                context.settings().language(), null, true);
        Map<String, Object> model = context.model(meta);
        model.put("posts", context.posts().stream().limit(5).toList());
        context.render("404.ftlh", model, FILE);
    }
}
