package dev.rounds.campaign.output;

import dev.rounds.campaign.PlanCache;
import dev.rounds.campaign.PostPlan;
import dev.rounds.core.AtomicFiles;
import dev.rounds.core.CacheCodec;
import dev.rounds.core.RoundsException;
import dev.rounds.core.ShardedFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan cache as files under Rounds' working folder ({@code target/rounds/campaign-cache/}): the plans spread over
 * {@value #SHARDS} files by key (in Rounds' own binary form of records, {@link CacheCodec}: reading 10,000 posts'
 * plans as JSON through Jackson took most of the time a post edited through Maven spent planning the campaign),
 * read in parallel once, and after a plan each file written again only if the entries that plan used from it are not exactly those read (so an edit rewrites one file, and the cache never grows
 * with deleted posts). An unreadable file is treated as empty: the cache only saves time, it never decides anything.
 */
public final class PlanCacheFile implements PlanCache {

    private static final int VERSION = 2;
    private static final int SHARDS = 16;

    private final Path folder;
    private final Map<String, PostPlan> loaded;
    private final Map<String, PostPlan> used = new ConcurrentHashMap<>();

    private PlanCacheFile(Path folder, Map<String, PostPlan> loaded) {
        this.folder = folder;
        this.loaded = loaded;
    }

    /** @param folder the cache's folder (it need not exist) */
    public static PlanCacheFile open(Path folder) {
        return new PlanCacheFile(folder, shards(folder).readAll(PlanCacheFile::read));
    }

    private static ShardedFiles shards(Path folder) {
        return new ShardedFiles(folder, SHARDS, shard -> String.format("%02d.bin", shard));
    }

    private static Map<String, PostPlan> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = CacheCodec.inputOf(file)) {
            if (in.readInt() != VERSION) {
                return Map.of();
            }
            CacheCodec.Reader values = new CacheCodec.Reader(in);
            int count = in.readInt();
            Map<String, PostPlan> plans = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                if (!(values.read() instanceof PostPlan plan)) {
                    return Map.of();
                }
                plans.put(key, plan);
            }
            return plans;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** The cache's files (those that exist), relative to {@code folder}'s parent, e.g. "campaign-cache/03.bin". */
    public static List<String> files(Path folder) {
        List<String> files = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            Path file = shards(folder).file(shard);
            if (Files.isRegularFile(file)) {
                files.add(folder.getFileName() + "/" + file.getFileName());
            }
        }
        return files;
    }

    @Override
    public Optional<PostPlan> get(String key) {
        PostPlan plan = loaded.get(key);
        if (plan == null) {
            return Optional.ofNullable(used.get(key));
        }
        used.put(key, plan);
        return Optional.of(plan);
    }

    @Override
    public void put(String key, PostPlan plan) {
        used.put(key, plan);
    }

    /** How many plans came from the files. */
    public int hits() {
        return (int) used.keySet().stream().filter(loaded::containsKey).count();
    }

    /** Writes the files whose plans are not exactly the plans read from them (a key always gives the same plan). */
    public void save() {
        if (used.keySet().equals(loaded.keySet())) {
            return;
        }
        shards(folder).writeChanged(used, loaded, (now, before) -> now.keySet().equals(before.keySet()), this::write);
    }

    private void write(Path file, Map<String, PostPlan> plans) {
        try {
            AtomicFiles.write(file, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(VERSION);
                CacheCodec.Writer values = new CacheCodec.Writer(out);
                out.writeInt(plans.size());
                try {
                    for (Map.Entry<String, PostPlan> entry : plans.entrySet()) {
                        out.writeUTF(entry.getKey());
                        values.write(entry.getValue());
                    }
                } catch (CacheCodec.NotPlain impossible) {
                    // A plan is Rounds' records of text, numbers, instants and lists only.
                    throw new IllegalStateException("A plan the cache cannot hold: " + impossible.getMessage(),
                            impossible);
                }
            });
            // The cache's files of before (JSON) are of no use to anyone.
            Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".bin", ".json")));
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
