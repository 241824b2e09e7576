package dev.rounds.source;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The line each front-matter key (and each item of a list, {@code references[2]}) was written on, for the messages
 * that point at it. Kept as one text, in the order of the keys, rather than as a map: a blog's read cache holds one
 * for every post, read back at every build, and a dozen map entries a post were a third of what it decoded. A key
 * holding the characters U+0000 or U+0001 (which separate the text's parts) is not kept: its messages name line 1.
 *
 * @param packed for each key in order, U+0000, the key, U+0001 and its line
 */
public record KeyLines(String packed) {

    private static final char KEY = '\u0000';
    private static final char LINE = '\u0001';

    /** No key's line known. */
    public static final KeyLines NONE = new KeyLines("");

    public KeyLines {
        Objects.requireNonNull(packed, "packed");
    }

    /** The lines of these keys (any map order gives the same text). */
    public static KeyLines of(Map<String, Integer> lines) {
        if (lines.isEmpty()) {
            return NONE;
        }
        StringBuilder packed = new StringBuilder(lines.size() * 16);
        for (Map.Entry<String, Integer> line : new TreeMap<>(lines).entrySet()) {
            String key = line.getKey();
            if (key.indexOf(KEY) < 0 && key.indexOf(LINE) < 0 && line.getValue() != null) {
                packed.append(KEY).append(key).append(LINE).append(line.getValue().intValue());
            }
        }
        return new KeyLines(packed.toString());
    }

    /** Whether the key's line is known. */
    public boolean has(String key) {
        return at(key) >= 0;
    }

    /** The key's line, or {@code fallback} when it is not known. */
    public int of(String key, int fallback) {
        int at = at(key);
        if (at < 0) {
            return fallback;
        }
        int end = packed.indexOf(KEY, at);
        try {
            return Integer.parseInt(packed, at, end < 0 ? packed.length() : end, 10);
        } catch (NumberFormatException notALine) {
            return fallback;
        }
    }

    /** Where the key's line starts in the text, or -1. */
    private int at(String key) {
        if (key.indexOf(KEY) >= 0 || key.indexOf(LINE) >= 0) {
            return -1;
        }
        String part = KEY + key + LINE;
        int found = packed.indexOf(part);
        return found < 0 ? -1 : found + part.length();
    }
}
