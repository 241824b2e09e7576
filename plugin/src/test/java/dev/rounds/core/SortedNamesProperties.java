package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever sets of names follow each other (the same again, one name swapped for another, names added or removed),
 * the remembered order is always the sorted order of the names given, and the same names again are not sorted anew.
 */
class SortedNamesProperties {

    @Property(tries = 300)
    void alwaysTheNamesGivenInOrder(@ForAll("sets") List<Set<String>> sets) {
        SortedNames order = new SortedNames();
        for (Set<String> names : sets) {
            String[] sorted = order.of(names);
            assertArrayEquals(new TreeSet<>(names).toArray(String[]::new), sorted, names.toString());
            assertSame(sorted, order.of(new HashSet<>(names)), "the same names again");
        }
    }

    /**
     * Names as a file gave them back, in any order (a stamp edited by hand, a writer that did not sort) and with
     * repeats, then any sets of names: still always the sorted order of the names given.
     */
    @Property(tries = 300)
    void namesReadInAnyOrderStillGiveTheSortedOrder(@ForAll("lists") List<String> read,
                                                    @ForAll("sets") List<Set<String>> sets) {
        SortedNames order = SortedNames.readInOrder(read);
        for (Set<String> names : sets) {
            assertArrayEquals(new TreeSet<>(names).toArray(String[]::new), order.of(names), read + " then " + names);
        }
        Set<String> same = new HashSet<>(read);
        assertArrayEquals(new TreeSet<>(same).toArray(String[]::new), SortedNames.readInOrder(read).of(same),
                read.toString());
    }

    @Provide
    Arbitrary<List<String>> lists() {
        return Arbitraries.of("a", "b", "c", "d", "2026/x", "2026/y", "é").list().ofMaxSize(7);
    }

    @Provide
    Arbitrary<List<Set<String>>> sets() {
        // Few distinct names, so that one set is often another with one name swapped, added or removed.
        return Arbitraries.of("a", "b", "c", "d", "2026/x", "2026/y", "é").set().ofMaxSize(6).list().ofMaxSize(8);
    }
}
