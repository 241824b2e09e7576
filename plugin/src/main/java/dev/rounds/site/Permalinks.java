package dev.rounds.site;

import dev.rounds.source.SourcePost;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Where a post goes: its site-relative route from the permalink pattern or its own {@code permalink}.
 * Tokens: {@code :year :month :day :slug :title}. A route never leaves the output folder.
 */
public final class Permalinks {

    private final String pattern;

    public Permalinks(String pattern) {
        this.pattern = pattern;
    }

    /** The route (e.g. "2026/11/statins/"), or empty if the result would escape the output folder. */
    public Optional<String> route(SourcePost post, String slug, ZonedDateTime date) {
        String explicit = post.frontMatter().permalink();
        String path;
        if (explicit != null) {
            path = explicit;
        } else if (date == null) {
            path = "/" + slug + "/";
        } else {
            path = pattern.replace(":year", String.format("%04d", date.getYear()))
                    .replace(":month", String.format("%02d", date.getMonthValue()))
                    .replace(":day", String.format("%02d", date.getDayOfMonth()))
                    .replace(":slug", slug)
                    .replace(":title", slug);
        }
        return normalise(path);
    }

    /** A clean site-relative folder route, or empty if it contains {@code ..} or other escapes. */
    public static Optional<String> normalise(String path) {
        String route = path.trim().replace('\\', '/');
        if (route.endsWith(".html")) {
            route = route.substring(0, route.length() - ".html".length()) + "/";
        }
        route = route.replaceAll("/{2,}", "/").replaceFirst("^/", "");
        for (String segment : route.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.contains(":")) {
                return Optional.empty();
            }
        }
        if (!route.isEmpty() && !route.endsWith("/")) {
            route = route + "/";
        }
        return Optional.of(route);
    }
}
