package dev.rounds.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A cache kept as a fixed number of files in a folder, each holding the entries whose key hashes to it: read in
 * parallel, and after a run only the files whose entries changed are written again (an edit rewrites one file).
 * The format of each file is the caller's.
 *
 * @param folder the cache's folder
 * @param count how many files
 * @param name the file name of each shard, from its number
 */
public record ShardedFiles(Path folder, int count, IntFunction<String> name) {

    /** The shard a key belongs to (String.hashCode is the same in every JVM). */
    public int shardOf(String key) {
        return Math.floorMod(key.hashCode(), count);
    }

    public Path file(int shard) {
        return folder.resolve(name.apply(shard));
    }

    /** Every shard's entries, read in parallel by {@code read} (which gets a file that may not exist). */
    public <V> Map<String, V> readAll(Function<Path, Map<String, V>> read) {
        Map<String, V> entries = new ConcurrentHashMap<>();
        IntStream.range(0, count).parallel().forEach(shard -> entries.putAll(read.apply(file(shard))));
        return new HashMap<>(entries);
    }

    /**
     * Writes, in parallel, each shard whose entries in {@code now} are not those in {@code before}.
     *
     * @param same whether two shards' entries are the same
     * @param write writes one shard's entries to its file (atomically)
     */
    public <V> void writeChanged(Map<String, V> now, Map<String, V> before,
                                 BiPredicate<Map<String, V>, Map<String, V>> same,
                                 BiConsumer<Path, Map<String, V>> write) {
        writeChanged(now, before, same, write, shard -> true);
    }

    /**
     * As {@link #writeChanged(Map, Map, BiPredicate, BiConsumer)}, looking only at the shards the caller says may
     * have changed (the others hold the very entries they held): an edit sorts and compares one shard's entries, not
     * every shard's.
     */
    public <V> void writeChanged(Map<String, V> now, Map<String, V> before,
                                 BiPredicate<Map<String, V>, Map<String, V>> same,
                                 BiConsumer<Path, Map<String, V>> write, IntPredicate mayHaveChanged) {
        List<Map<String, V>> after = split(now, mayHaveChanged);
        List<Map<String, V>> earlier = split(before, mayHaveChanged);
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + folder + ": " + failed.getMessage(), failed);
        }
        IntStream.range(0, count).parallel().filter(mayHaveChanged)
                .filter(shard -> !same.test(after.get(shard), earlier.get(shard)))
                .forEach(shard -> write.accept(file(shard), after.get(shard)));
    }

    /** The entries of each shard asked for, in key order (the others' are left empty). */
    private <V> List<Map<String, V>> split(Map<String, V> entries, IntPredicate wanted) {
        List<Map<String, V>> shards = new ArrayList<>();
        boolean[] kept = new boolean[count];
        for (int i = 0; i < count; i++) {
            shards.add(new TreeMap<>());
            kept[i] = wanted.test(i);
        }
        entries.forEach((key, value) -> {
            int shard = shardOf(key);
            if (kept[shard]) {
                shards.get(shard).put(key, value);
            }
        });
        return shards;
    }
}
