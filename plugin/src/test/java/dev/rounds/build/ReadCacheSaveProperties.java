package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A build that saves the read cache writes only the parts holding entries it put or changed (when no file came or
 * went), every part otherwise; whatever it did, the next build reads back exactly the entries it used: those taken
 * as read, put, given a card, and none of those it no longer asked for.
 */
class ReadCacheSaveProperties {

    enum Action { TAKE, PUT, CARD, DROP }

    record Step(int file, Action action) {
    }

    @Property(tries = 200)
    void theNextBuildReadsWhatThisOneUsed(@ForAll("files") List<Integer> first, @ForAll("steps") List<Step> steps)
            throws IOException {
        Path folder = Files.createTempDirectory("rounds-read-cache");
        try {
            Map<String, ReadCache.Entry> expected = saved(folder, first);

            ReadCache next = ReadCache.open(folder, "v");
            Map<String, ReadCache.Entry> used = new HashMap<>();
            int round = 0;
            for (Step step : steps) {
                round++;
                String name = name(step.file());
                ReadCache.Entry known = expected.get(name);
                switch (step.action()) {
                    case TAKE -> next.get(name, known == null ? "none" : known.key())
                            .ifPresent(entry -> used.put(name, entry));
                    case PUT -> {
                        ReadCache.Entry entry = entry("put " + round, null);
                        next.put(name, entry);
                        used.put(name, entry);
                    }
                    case CARD -> {
                        Optional<ReadCache.Entry> taken = next.get(name, known == null ? "none" : known.key());
                        taken.ifPresent(entry -> used.put(name, entry));
                        String card = "card " + round;
                        next.card(name, card);
                        used.computeIfPresent(name, (path, entry) -> entry.withCard(card));
                    }
                    case DROP -> {
                        // not asked for in this build: it leaves the cache
                    }
                    default -> throw new IllegalStateException();
                }
            }
            next.save();

            ReadCache after = ReadCache.open(folder, "v");
            Map<String, ReadCache.Entry> read = new HashMap<>();
            for (int file = 0; file < 9; file++) {
                String name = name(file);
                after.previous(name).ifPresent(entry -> read.put(name, entry));
            }
            assertEquals(used, read, () -> "first " + first + ", then " + steps);
        } finally {
            FileTrees.delete(folder);
        }
    }

    /**
     * A cache opened for some files only (an edit build's) reads the parts that hold them; what it saves keeps every
     * other entry those parts and the others held, with its own puts and drops: the next build reads exactly that.
     */
    @Property(tries = 200)
    void aCacheOpenedForSomeFilesKeepsTheOthers(@ForAll("manyFiles") List<Integer> first,
                                               @ForAll("manyFiles") List<Integer> wanted,
                                               @ForAll("manySteps") List<Step> steps,
                                               @ForAll("manyFiles") List<Integer> readBefore,
                                               @ForAll boolean reuse) throws IOException {
        Path folder = Files.createTempDirectory("rounds-read-cache");
        try {
            Map<String, ReadCache.Entry> expected = saved(folder, first);

            List<String> names = wanted.stream().map(ReadCacheSaveProperties::name).toList();
            // Opened on its own, or taking what a cache opened for other files (an edit build's edited posts) read.
            List<String> before = readBefore.stream().map(ReadCacheSaveProperties::name).toList();
            ReadCache some = reuse ? ReadCache.openFor(folder, "v", names, ReadCache.openFor(folder, "v", before))
                    : ReadCache.openFor(folder, "v", names);
            for (String name : names) {
                assertEquals(Optional.ofNullable(expected.get(name)), some.previous(name), name);
            }
            // A file it was not opened for may be put too (a caller's mistake): that must not cost any other entry.
            java.util.Set<String> strays = new java.util.HashSet<>();
            int round = 0;
            for (Step step : steps) {
                round++;
                String name = name(step.file());
                boolean opened = names.contains(name);
                if (!opened) {
                    strays.add(name);
                }
                if (step.action() == Action.PUT || step.action() == Action.CARD) {
                    ReadCache.Entry entry = entry("put " + round, "card " + round);
                    some.put(name, entry);
                    expected.put(name, entry);
                } else if (step.action() == Action.DROP) {
                    some.drop(name);
                    expected.remove(name);
                }
            }
            some.save();

            Map<String, ReadCache.Entry> read = new HashMap<>(ReadCache.open(folder, "v").entries());
            for (String stray : strays) {
                expected.remove(stray);
                read.remove(stray);
            }
            assertEquals(expected, read, () -> "first " + first + ", for " + wanted + ", then " + steps
                    + (reuse ? ", with " + readBefore + " read before" : ""));
        } finally {
            FileTrees.delete(folder);
        }
    }

    /** A cache that one build filled with these files' entries and saved; the entries, by path. */
    private static Map<String, ReadCache.Entry> saved(Path folder, List<Integer> files) {
        ReadCache cache = ReadCache.open(folder, "v");
        Map<String, ReadCache.Entry> entries = new HashMap<>();
        for (int file : files) {
            ReadCache.Entry entry = entry("first " + file, null);
            cache.put(name(file), entry);
            entries.put(name(file), entry);
        }
        cache.save();
        return entries;
    }

    private static String name(int file) {
        return "posts/" + file + ".md";
    }

    private static ReadCache.Entry entry(String key, String card) {
        return new ReadCache.Entry(key, null, 0, null, false, List.of(), null, card, null);
    }

    @Provide
    Arbitrary<List<Integer>> files() {
        // Few files, so that a build often asks for every file the last one kept (then only the shards of the files it
        // put or changed are looked at) and often not.
        return Arbitraries.integers().between(0, 7).list().ofMaxSize(8);
    }

    /** More files than the cache has parts, so that parts hold several. */
    @Provide
    Arbitrary<List<Integer>> manyFiles() {
        return Arbitraries.integers().between(0, 47).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Step>> manySteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 47), Arbitraries.of(Action.PUT, Action.DROP))
                .as(Step::new).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, Arbitraries.just(Action.TAKE)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(Action.PUT)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(Action.CARD)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Action.DROP))))
                .as(Step::new).list().ofMaxSize(24);
    }
}
