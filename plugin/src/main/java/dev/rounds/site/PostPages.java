package dev.rounds.site;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/** A page per post and per dateless page, with the template its front matter names or the default one. */
public final class PostPages implements SiteOutput {

    private final boolean releaseHtml;

    /**
     * @param releaseHtml whether each body's HTML is forgotten once its page is written (not in rounds:serve), except
     *     the newest posts' (as many as the feed shows)
     */
    public PostPages(boolean releaseHtml) {
        this.releaseHtml = releaseHtml;
    }

    @Override
    public void write(SiteContext context) {
        List<Post> posts = context.posts();
        // The newest posts' HTML is kept: the feed shows it, and the build keeps it for the next edit build.
        int feed = context.settings().feedSize();
        // Pages are independent of each other: render them on every core.
        IntStream.range(0, posts.size()).parallel().forEach(i -> {
            writeOne(context, posts.get(i), i > 0 ? posts.get(i - 1) : null,
                    i + 1 < posts.size() ? posts.get(i + 1) : null);
            if (i >= feed) {
                release(posts.get(i));
            }
        });
        context.pages().parallelStream().forEach(page -> {
            writeOne(context, page, null, null);
            release(page);
        });
    }

    private void release(Post post) {
        if (releaseHtml) {
            post.body().releaseHtml();
        }
    }

    public static void writeOne(SiteContext context, Post post, Post newer, Post older) {
        // The page's metadata is made from the post alone, so the post (its digest) and its neighbours are the key;
        // the description, which may need the body rendered, is asked for only when the page is rendered.
        Map<String, Object> key = new HashMap<>();
        key.put("site", context.site());
        key.put("post", post);
        key.put("newer", newer);
        key.put("older", older);
        context.render(templateFor(context, post), key, () -> {
            PageMeta meta = new PageMeta(post.page() ? "page" : "post", post.title(), post.description(), post.url(),
                    post.path(), post.lang(), post.coverUrl(), post.draft() || post.scheduled());
            Map<String, Object> model = context.model(meta);
            model.put("post", post);
            if (newer != null) {
                model.put("newer", newer);
            }
            if (older != null) {
                model.put("older", older);
            }
            return model;
        }, post.route());
    }

    private static String templateFor(SiteContext context, Post post) {
        String layout = post.frontMatter().layout();
        if (layout != null && !layout.equals("post") && context.templates().exists(layout + ".ftlh")) {
            return layout + ".ftlh";
        }
        return post.page() ? "page.ftlh" : "post.ftlh";
    }
}
