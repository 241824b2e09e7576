package dev.rounds.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code sitemap.xml}: every published post and page and the home page; never drafts or future posts. */
public final class SitemapFile implements SiteOutput {

    public static final String ROUTE = "sitemap.xml";

    @Override
    public void write(SiteContext context) {
        List<Post> entries = new ArrayList<>();
        for (Post post : context.posts()) {
            if (!post.draft() && !post.scheduled()) {
                entries.add(post);
            }
        }
        for (Post page : context.pages()) {
            if (!page.draft()) {
                entries.add(page);
            }
        }
        Map<String, Object> model = context.model(context.meta("sitemap", "Sitemap", "", ROUTE));
        model.put("posts", entries);
        context.render("sitemap.ftlx", model, ROUTE);
    }
}
