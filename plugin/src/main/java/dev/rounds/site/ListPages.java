package dev.rounds.site;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Paginated lists of posts: the home page and each tag's page share this. */
final class ListPages {

    private ListPages() {
    }

    /**
     * @param firstRoute the route of page 1, e.g. "" or "tags/asthma/"; later pages are firstRoute + "page/N/"
     */
    static void write(SiteContext context, String template, String kind, String title, String description,
                      String firstRoute, List<Post> posts, Map<String, Object> extra) {
        int size = context.settings().pageSize();
        int total = pagesOf(posts.size(), size);
        IntStream.rangeClosed(1, total).parallel().forEach(number -> {
            String route = routeOf(firstRoute, number);
            List<Post> slice = posts.subList((number - 1) * size, Math.min(posts.size(), number * size));
            Pagination pagination = new Pagination(number, total,
                    number > 1 ? context.settings().pathOf(routeOf(firstRoute, number - 1)) : null,
                    number < total ? context.settings().pathOf(routeOf(firstRoute, number + 1)) : null);
            String pageTitle = number == 1 ? title : title + " (page " + number + ")";
            Map<String, Object> model = context.model(context.meta(kind, pageTitle, description, route));
            model.put("posts", slice);
            model.put("pagination", pagination);
            model.putAll(extra);
            context.render(template, model, route);
        });
    }

    /** How many pages a list of this many posts takes (one, when it has none). */
    static int pagesOf(int posts, int pageSize) {
        return Math.max(1, (posts + pageSize - 1) / pageSize);
    }

    static String routeOf(String firstRoute, int number) {
        return number == 1 ? firstRoute : firstRoute + "page/" + number + "/";
    }
}
