package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The front matter's key lines, kept as one text, answer as the map they were made from: for keys that are prefixes
 * of one another ({@code tags}, {@code tags[0]}), in any characters, and the same text whatever the map's order.
 */
class KeyLinesProperties {

    @Property(tries = 500)
    void answersAsTheMap(@ForAll("lines") Map<String, Integer> lines, @ForAll("keys") String asked,
                         @ForAll long seed) {
        KeyLines kept = KeyLines.of(lines);
        for (String key : lines.keySet()) {
            int expected = separated(key) ? 7 : lines.get(key);
            assertEquals(expected, kept.of(key, 7), key);
            assertEquals(!separated(key), kept.has(key), key);
        }
        int expected = lines.containsKey(asked) && !separated(asked) ? lines.get(asked) : -3;
        assertEquals(expected, kept.of(asked, -3), asked);

        List<String> order = new ArrayList<>(lines.keySet());
        Collections.shuffle(order, new java.util.Random(seed));
        Map<String, Integer> shuffled = new LinkedHashMap<>();
        order.forEach(key -> shuffled.put(key, lines.get(key)));
        assertEquals(kept, KeyLines.of(shuffled));
    }

    private static boolean separated(String key) {
        return key.indexOf('\u0000') >= 0 || key.indexOf('\u0001') >= 0;
    }

    @Provide
    Arbitrary<Map<String, Integer>> lines() {
        return Arbitraries.maps(keys(), Arbitraries.integers().between(0, 100_000)).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of("tags", "tags[0]", "tags[1]", "tag", "title", "references[2]", "references", "",
                        "a\u0001b", "x\u0000", "date"),
                Arbitraries.strings().all().ofMaxLength(6));
    }
}
