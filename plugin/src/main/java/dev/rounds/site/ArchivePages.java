package dev.rounds.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The archive: {@code /archive/} lists every post by year; {@code /2026/} lists one year's. */
public final class ArchivePages implements SiteOutput {

    /** One year of posts, for templates. */
    public record Year(int year, String path, List<Post> posts) {
        public Year {
            posts = List.copyOf(posts);
        }
    }

    @Override
    public void write(SiteContext context) {
        Map<Integer, List<Post>> byYear = new LinkedHashMap<>();
        for (Post post : context.posts()) {
            byYear.computeIfAbsent(post.date().getYear(), year -> new ArrayList<>()).add(post);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, posts) -> years.add(new Year(year, context.settings().pathOf(year + "/"), posts)));
        Map<String, Object> model = context.model(context.meta("archive", "Archive",
                "Every post on " + context.site().title() + ", by year.", "archive/"));
        model.put("years", years);
        // The archive and each year's page on every core: a post's title or date changes all of them, since each
        // year's page is given every year.
        IntStream.rangeClosed(-1, years.size() - 1).parallel().forEach(i -> {
            if (i < 0) {
                context.render("archive.ftlh", model, "archive/");
                return;
            }
            Year year = years.get(i);
            Map<String, Object> yearModel = context.model(context.meta("year", "Posts of " + year.year(),
                    year.posts().size() + " posts from " + year.year() + ".", year.year() + "/"));
            yearModel.put("year", year);
            yearModel.put("years", years);
            context.render("year.ftlh", yearModel, year.year() + "/");
        });
    }
}
