package dev.rounds.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Routes are made with loops where regexes and a formatter per post were; both held to what those gave. */
class PermalinksProperties {

    @Property(tries = 10000)
    void aPathIsNormalisedAsTheRegexesDid(@ForAll("paths") String path) {
        assertEquals(byRegex(path), Permalinks.normalise(path), path);
    }

    @Property(tries = 2000)
    void numbersArePaddedAsTheFormatterDid(@ForAll @IntRange(min = -20000, max = 20000) int value,
                                           @ForAll @IntRange(min = 1, max = 6) int width) {
        assertEquals(String.format("%0" + width + "d", value), Permalinks.padded(value, width));
    }

    /** The normalisation as it was written first: two regexes and a split. */
    private static Optional<String> byRegex(String path) {
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

    /** Paths built from the pieces that matter to the rules: slashes of both kinds, dots, colons, spaces, ".html". */
    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("/", "//", "\\", "\\\\", ".", "..", "...", ":", "a", "statins", ".html", "index.html",
                        " ", "\t", "\n", "\u00A0", "2026", "é", "肺", "-"),
                Arbitraries.chars().all().map(String::valueOf));
        return piece.list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
