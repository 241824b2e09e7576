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
            path = pattern.replace(":year", padded(date.getYear(), 4))
                    .replace(":month", padded(date.getMonthValue(), 2))
                    .replace(":day", padded(date.getDayOfMonth(), 2))
                    .replace(":slug", slug)
                    .replace(":title", slug);
        }
        return normalise(path);
    }

    /** {@code String.format("%0" + width + "d", value)}, without a formatter per post. */
    static String padded(int value, int width) {
        String digits = Integer.toString(value);
        if (value < 0) {
            return String.format("%0" + width + "d", value);
        }
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** A clean site-relative folder route, or empty if it contains {@code ..} or other escapes. */
    public static Optional<String> normalise(String path) {
        String route = path.trim().replace('\\', '/');
        if (route.endsWith(".html")) {
            route = route.substring(0, route.length() - ".html".length()) + "/";
        }
        // Runs of slashes become one, and the leading one goes.
        StringBuilder clean = new StringBuilder(route.length() + 1);
        for (int i = 0; i < route.length(); i++) {
            char c = route.charAt(i);
            if (c != '/' || clean.length() > 0 && clean.charAt(clean.length() - 1) != '/') {
                clean.append(c);
            }
        }
        int start = 0;
        for (int i = 0; i <= clean.length(); i++) {
            if (i == clean.length() || clean.charAt(i) == '/') {
                if (escapes(clean, start, i)) {
                    return Optional.empty();
                }
                start = i + 1;
            }
        }
        if (clean.length() > 0 && clean.charAt(clean.length() - 1) != '/') {
            clean.append('/');
        }
        return Optional.of(clean.toString());
    }

    /** Whether the segment {@code [from, to)} is "." or ".." or holds a ':'. */
    private static boolean escapes(CharSequence route, int from, int to) {
        int length = to - from;
        if ((length == 1 || length == 2) && route.charAt(from) == '.' && route.charAt(to - 1) == '.') {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (route.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }
}
