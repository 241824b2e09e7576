package dev.rounds.site;

import java.util.List;
import java.util.Map;

/** The Atom 1.0 feed of the newest posts ({@code feed.xml}); drafts and future posts never go in it. */
public final class FeedFile implements SiteOutput {

    public static final String ROUTE = "feed.xml";

    @Override
    public void write(SiteContext context) {
        List<Post> published = shown(context.posts(), context.settings().feedSize());
        Map<String, Object> model = context.model(context.meta("feed", context.site().title(),
                context.site().description(), ROUTE));
        model.put("posts", published);
        model.put("updated", published.isEmpty() ? null : latest(published));
        context.render("feed.ftlx", model, ROUTE);
    }

    /** The posts the feed shows of the listed ones (newest first): the first {@code size} neither draft nor future. */
    public static List<Post> shown(List<Post> listed, int size) {
        return listed.stream().filter(post -> !post.draft() && !post.scheduled()).limit(size).toList();
    }

    private static DateView latest(List<Post> posts) {
        Post newest = posts.stream().max((a, b) -> effective(a).compareTo(effective(b))).orElseThrow();
        return newest.modified() != null ? newest.modified() : newest.published();
    }

    private static java.time.ZonedDateTime effective(Post post) {
        return post.updated() != null ? post.updated() : post.date();
    }
}
