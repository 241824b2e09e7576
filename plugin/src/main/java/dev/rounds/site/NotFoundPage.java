package dev.rounds.site;

import java.util.Map;

/** {@code 404.html}, which static hosts serve for missing pages. */
public final class NotFoundPage implements SiteOutput {

    @Override
    public void write(SiteContext context) {
        PageMeta meta = new PageMeta("404", "Page not found", "This page does not exist.",
                context.settings().urlOf("404.html"), context.settings().pathOf("404.html"),
                context.settings().language(), null, true);
        Map<String, Object> model = context.model(meta);
        model.put("posts", context.posts().stream().limit(5).toList());
        context.render("404.ftlh", model, "404.html");
    }
}
