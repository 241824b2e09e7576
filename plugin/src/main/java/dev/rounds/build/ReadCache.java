package dev.rounds.build;

import dev.rounds.core.CacheCodec;
import dev.rounds.core.Problem;
import dev.rounds.core.RoundsException;
import dev.rounds.core.ShardedFiles;
import dev.rounds.source.FrontMatter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What reading each post file gave, kept under Rounds' working folder ({@code target/rounds/read-cache/}) so that
 * a build reads and parses only the posts that changed: a file is looked up by its path and the digest of its bytes
 * (which {@link FileDigests} keeps without reading an unchanged file), and the cache as a whole by the code that read
 * it and the time zone dates were read in. The body is not kept, only what a list's card shows of it (the summary's
 * HTML and the reading time); a post taken from here reads its file again when its body is first asked for, which an
 * incremental build does only for the pages that changed. An unreadable or foreign
 * file is an empty cache: it only saves time, it never decides anything. The entries are spread over {@value #SHARDS}
 * files by path, read in parallel; after an edit only the file holding the changed post is written again.
 */
final class ReadCache {

    private static final String FORMAT = "rounds-read-cache-7";
    private static final int SHARDS = 16;

    /**
     * A file as read.
     *
     * @param key the file's digest and bundle, as {@link #key} makes it
     * @param frontMatter the typed front matter, or null when the file could not be read (see problems)
     * @param bodyLine the line the body starts on
     * @param fileSlug the slug the file's name implies
     * @param renderNow whether the body must be rendered in every build (rendering it can report a problem)
     * @param problems what reading the file found
     * @param head what the post's head is made of ({@link PostAssembler#headOf}), or null
     * @param card what a list's card shows of the body ({@code PostBody.card()}) after the build it was rendered in,
     *             with that build's fingerprint before it; or null when it has not been rendered since it was read
     * @param frontMatterDigest the digest of the front matter as written ({@code SourcePost.frontMatterDigest()}), or
     *             null
     */
    record Entry(String key, FrontMatter frontMatter, int bodyLine, String fileSlug, boolean renderNow,
                 List<Problem> problems, String head, String card, String frontMatterDigest) {
        Entry {
            problems = List.copyOf(problems);
        }

        Entry withCard(String made) {
            return new Entry(key, frontMatter, bodyLine, fileSlug, renderNow, problems, head, made, frontMatterDigest);
        }
    }

    private final Path folder;
    private final String version;
    /** The entries as the cache's files hold them: as read, then as last saved. */
    private Map<String, Entry> loaded;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    /** For a cache opened {@link #openFor for some files}: the shards read (the only ones it may write); else null. */
    private final boolean[] partial;
    /** The files whose entry this build put or changed (the others' entries are those read, or none). */
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    private ReadCache(Path folder, String version, Map<String, Entry> loaded) {
        this(folder, version, loaded, null);
    }

    private ReadCache(Path folder, String version, Map<String, Entry> loaded, boolean[] partial) {
        this.folder = folder;
        this.version = version;
        this.loaded = loaded;
        this.partial = partial;
    }

    /**
     * The entries of these files only, each read with the rest of the cache's file that holds it (a build that edits
     * a post reads the few it needs, not ten thousand). {@link #save()} writes back only those of its files whose
     * entries were put or carded, keeping every other entry they hold.
     */
    static ReadCache openFor(Path folder, String version, java.util.Collection<String> paths) {
        return openFor(folder, version, paths, null);
    }

    /**
     * As {@link #openFor(Path, String, java.util.Collection)}, taking the files {@code read} (a cache opened for some
     * files of the same folder and version, and not changed since) read already instead of reading them again.
     */
    static ReadCache openFor(Path folder, String version, java.util.Collection<String> paths, ReadCache read) {
        ShardedFiles shards = shards(folder);
        boolean[] wanted = new boolean[SHARDS];
        paths.forEach(path -> wanted[shards.shardOf(path)] = true);
        boolean[] readAlready = read == null ? new boolean[SHARDS] : read.partial;
        if (read != null && (read.partial == null || !read.folder.equals(folder) || !read.version.equals(version)
                || !read.touched.isEmpty())) {
            throw new IllegalArgumentException("Only an unchanged cache opened for some files of this one is taken");
        }
        Map<String, Entry> loaded = new ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, SHARDS).parallel().filter(shard -> wanted[shard] && !readAlready[shard])
                .forEach(shard -> loaded.putAll(readShard(shards.file(shard), version)));
        if (read != null) {
            loaded.putAll(read.loaded);
        }
        return new ReadCache(folder, version, new HashMap<>(loaded), wanted);
    }

    /**
     * @param folder the cache's folder (it need not exist)
     * @param version what the entries depend on besides each file: the reading code and the settings it reads with
     */
    static ReadCache open(Path folder, String version) {
        return new ReadCache(folder, version, shards(folder).readAll(file -> readShard(file, version)));
    }

    private static ShardedFiles shards(Path folder) {
        return new ShardedFiles(folder, SHARDS, shard -> String.format("%02d.bin", shard));
    }

    private static Map<String, Entry> readShard(Path file, String version) {
        return CacheCodec.readNamed(file, FORMAT, version, Entry.class).orElse(Map.of());
    }

    /** An empty cache that is never saved (a build without a working folder's memory). */
    static ReadCache none() {
        return new ReadCache(null, "", Map.of());
    }

    /** What a file's entry is keyed by: its bytes and, for a bundle, the files beside it. */
    static String key(String digest, List<Path> bundleFiles) {
        return bundleFiles.isEmpty() ? digest : digest + " " + bundleFiles;
    }

    /** The entry of a file read under this key, if the last build kept one; it is kept again. */
    Optional<Entry> get(String relativePath, String key) {
        Entry entry = loaded.get(relativePath);
        if (entry == null || !entry.key().equals(key)) {
            return Optional.empty();
        }
        used.put(relativePath, entry);
        return Optional.of(entry);
    }

    /** The entries as read (or as last saved), by path (for tests). */
    Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(loaded);
    }

    /** The entry this build keeps for a file (one it read or put), if any. */
    Optional<Entry> kept(String relativePath) {
        return Optional.ofNullable(used.get(relativePath));
    }

    /** The entry the last build kept for a file, whatever it was read under. */
    Optional<Entry> previous(String relativePath) {
        return Optional.ofNullable(loaded.get(relativePath));
    }

    /**
     * Notes on the entry this build keeps for a file what a list's card shows of its body, once the body was
     * rendered; nothing when no entry is kept for it or the entry already says the same.
     */
    void card(String relativePath, String card) {
        used.computeIfPresent(relativePath, (path, entry) -> {
            if (card.equals(entry.card())) {
                return entry;
            }
            touched.add(path);
            return entry.withCard(card);
        });
    }

    /** Keeps no entry for a file (one saved since the build looked at it: its bytes may not be any entry's). */
    void drop(String relativePath) {
        used.remove(relativePath);
        touched.add(relativePath);
    }

    /** Keeps a file's entry for the next build, unless it holds a value the cache cannot write exactly. */
    void put(String relativePath, Entry entry) {
        if (CacheCodec.writable(entry)) {
            used.put(relativePath, entry);
            touched.add(relativePath);
        }
    }

    /**
     * Writes the entries this build used, each file of the cache only if its entries are not exactly those read (so
     * an edit writes one file of {@value #SHARDS}, and a build with nothing new writes none).
     */
    void save() {
        if (folder == null) {
            return;
        }
        ShardedFiles shards = shards(folder);
        if (partial != null) {
            // Every entry read stays; those put or carded replace theirs, in the files that were read.
            Map<String, Entry> now = new HashMap<>(loaded);
            boolean[] dirty = new boolean[SHARDS];
            touched.forEach(path -> {
                Entry entry = used.get(path);
                if (entry == null) {
                    now.remove(path);
                } else {
                    now.put(path, entry);
                }
                dirty[shards.shardOf(path)] = true;
            });
            shards.writeChanged(now, loaded, ReadCache::sameEntries, this::writeShard,
                    shard -> dirty[shard] && partial[shard]);
            loaded = now;
            touched.clear();
            return;
        }
        // As many entries as were read, none of them new: every file whose entry was not put or changed has the very
        // entry read for it, so only the shards of those put or changed can differ.
        boolean sameFiles = used.size() == loaded.size() && loaded.keySet().containsAll(touched);
        if (sameFiles && touched.isEmpty()) {
            return;
        }
        if (sameFiles) {
            boolean[] dirty = new boolean[SHARDS];
            touched.forEach(path -> dirty[shards.shardOf(path)] = true);
            shards.writeChanged(used, loaded, ReadCache::sameEntries, this::writeShard, shard -> dirty[shard]);
        } else {
            shards.writeChanged(used, loaded, ReadCache::sameEntries, this::writeShard);
        }
        loaded = Map.copyOf(used);
        touched.clear();
    }

    /**
     * Whether two sets of entries are the very same: an entry taken from the cache is the object read, an entry put
     * is new. Compared by identity, not by the records' equals (which Java 17 runs slowly without its optimising
     * compiler, and a blog has thousands of entries); an entry put with the same values only costs its shard a write.
     */
    private static boolean sameEntries(Map<String, Entry> now, Map<String, Entry> before) {
        if (now.size() != before.size()) {
            return false;
        }
        for (Map.Entry<String, Entry> entry : now.entrySet()) {
            if (before.get(entry.getKey()) != entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** An entry the codec cannot write, met while writing a part: the part is not replaced. */
    private void writeShard(Path file, Map<String, Entry> entries) {
        try {
            CacheCodec.writeNamed(file, FORMAT, version, entries);
        } catch (CacheCodec.NotPlain unwritable) {
            // put() let in only entries the codec writes; should one not be, this part is simply not kept (the file
            // as it was stays).
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
