package dev.rounds.source;

import java.util.Map;

/**
 * Front matter as the YAML or TOML parser gave it, before typing, with the line of each top-level key.
 *
 * @param values the parsed keys and values (insertion-ordered)
 * @param lines the 1-based file line of each top-level key, and of each item of a top-level list under
 *              {@link #itemKey(String, int)} (so that a message can point at the third reference, not at 'references:')
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based file line where the body starts
 */
public record RawFrontMatter(Map<String, Object> values, Map<String, Integer> lines, String body, int bodyLine) {
    public RawFrontMatter {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        lines = Map.copyOf(lines);
    }

    /** The key under which {@link #lines()} keeps the line of a list's item: {@code references[2]}. */
    public static String itemKey(String key, int index) {
        return key + "[" + index + "]";
    }
}
