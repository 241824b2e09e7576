package dev.rounds.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The archive: {@code /archive/} lists every post by year; {@code /2026/} lists one year's, with links to every
 * year.
 */
public final class ArchivePages implements SiteOutput {

    /** The archive's route. */
    public static final String ROUTE = "archive/";

    /** One year of posts, for templates. */
    public record Year(int year, String path, List<Post> posts) {
        public Year {
            posts = List.copyOf(posts);
        }
    }

    /**
     * A year as a year's page links to it: its number, page and how many posts it has, not the posts (a year's page
     * is then made again only when its own posts, or the years, change).
     */
    public record YearLink(int year, String path, int count) {
    }

    /** The route of a year's page. */
    public static String yearRoute(int year) {
        return year + "/";
    }

    @Override
    public void write(SiteContext context) {
        Map<Integer, List<Post>> byYear = new LinkedHashMap<>();
        for (Post post : context.posts()) {
            byYear.computeIfAbsent(post.date().getYear(), year -> new ArrayList<>()).add(post);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, posts) -> years.add(new Year(year, context.settings().pathOf(yearRoute(year)), posts)));
        Map<String, Object> model = context.model(context.meta("archive", "Archive",
                "Every post on " + context.site().title() + ", by year.", ROUTE));
        model.put("years", years);
        List<YearLink> links = years.stream().map(year -> new YearLink(year.year(), year.path(), year.posts().size()))
                .toList();
        // The archive and each year's page on every core (a new year, or a year's count changed, changes them all).
        IntStream.rangeClosed(-1, years.size() - 1).parallel().forEach(i -> {
            if (i < 0) {
                context.render("archive.ftlh", model, ROUTE);
                return;
            }
            Year year = years.get(i);
            Map<String, Object> yearModel = context.model(context.meta("year", "Posts of " + year.year(),
                    year.posts().size() + " posts from " + year.year() + ".", yearRoute(year.year())));
            yearModel.put("year", year);
            yearModel.put("years", links);
            context.render("year.ftlh", yearModel, yearRoute(year.year()));
        });
    }
}
