package dev.rounds.site;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of the pages Rounds makes itself from the listed posts: the home page and its later pages, the tag index,
 * each tag's pages, the archive and each year's page; and, as folders, the names of the files it writes at the top (the
 * feed, the sitemap, robots.txt and the 404 page). A post or page whose route is one of these would share its file
 * with that page, or could not be written, so the build reports it.
 */
public final class GeneratedRoutes {

    private GeneratedRoutes() {
    }

    /**
     * @param listed the posts the lists show, newest first
     * @param tags the site's tags, each with how many listed posts have it
     * @param pageSize the posts per list page
     * @return each route with what it is, as an author reads it ("the archive", "page 2 of the tag 'asthma'")
     */
    public static Map<String, String> of(List<Post> listed, Collection<TagRef> tags, int pageSize) {
        Map<String, String> routes = new HashMap<>();
        lists(routes, "", "the home page", listed.size(), pageSize);
        routes.put(TagPages.ROOT, "the tag index");
        for (TagRef tag : tags) {
            lists(routes, TagPages.ROOT + tag.slug() + "/", "the tag '" + tag.name() + "'", tag.count(), pageSize);
        }
        for (Post post : listed) {
            routes.put(ArchivePages.yearRoute(post.date().getYear()), "the page of the year " + post.date().getYear());
        }
        routes.put(ArchivePages.ROUTE, "the archive");
        // A post's path is a folder: on the name of a file Rounds writes at the top, that file could not be written.
        for (String file : List.of(FeedFile.ROUTE, SitemapFile.ROUTE, RobotsFile.FILE, NotFoundPage.FILE)) {
            routes.put(file + "/", "the file " + file);
        }
        return routes;
    }

    private static void lists(Map<String, String> routes, String firstRoute, String what, int posts, int pageSize) {
        int total = ListPages.pagesOf(posts, pageSize);
        for (int number = 1; number <= total; number++) {
            routes.put(ListPages.routeOf(firstRoute, number), number == 1 ? what : "page " + number + " of " + what);
        }
    }
}
