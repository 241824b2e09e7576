package dev.rounds.campaign.output;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rounds.campaign.PlanCache;
import dev.rounds.campaign.PostPlan;
import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The plan cache as files under Rounds' working folder ({@code target/rounds/campaign-cache/}): the plans spread over
 * {@value #SHARDS} JSON files by key, read in parallel once, and after a plan each file written again only if the
 * entries that plan used from it are not exactly those read (so an edit rewrites one file, and the cache never grows
 * with deleted posts). An unreadable file is treated as empty: the cache only saves time, it never decides anything.
 */
public final class PlanCacheFile implements PlanCache {

    private static final int VERSION = 1;
    private static final int SHARDS = 16;
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path folder;
    private final Map<String, PostPlan> loaded;
    private final Map<String, PostPlan> used = new ConcurrentHashMap<>();

    private record Content(int version, Map<String, PostPlan> entries) {
    }

    private PlanCacheFile(Path folder, Map<String, PostPlan> loaded) {
        this.folder = folder;
        this.loaded = loaded;
    }

    /** @param folder the cache's folder (it need not exist) */
    public static PlanCacheFile open(Path folder) {
        Map<String, PostPlan> entries = new ConcurrentHashMap<>();
        IntStream.range(0, SHARDS).parallel().forEach(shard -> entries.putAll(read(shardFile(folder, shard))));
        return new PlanCacheFile(folder, new HashMap<>(entries));
    }

    private static Map<String, PostPlan> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Content content = JSON.readValue(file.toFile(), new TypeReference<Content>() { });
            return content.version() == VERSION && content.entries() != null ? content.entries() : Map.of();
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** The cache's files (those that exist), relative to {@code folder}'s parent, e.g. "campaign-cache/03.json". */
    public static List<String> files(Path folder) {
        List<String> files = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            Path file = shardFile(folder, shard);
            if (Files.isRegularFile(file)) {
                files.add(folder.getFileName() + "/" + file.getFileName());
            }
        }
        return files;
    }

    private static Path shardFile(Path folder, int shard) {
        return folder.resolve(String.format("%02d.json", shard));
    }

    private static int shardOf(String key) {
        return Math.floorMod(key.hashCode(), SHARDS);
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

    /** Writes the files whose plans are not exactly the plans read from them. */
    public void save() {
        if (used.keySet().equals(loaded.keySet())) {
            return;
        }
        List<Map<String, PostPlan>> now = shards(used);
        List<Map<String, PostPlan>> before = shards(loaded);
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + folder + ": " + failed.getMessage(), failed);
        }
        IntStream.range(0, SHARDS).parallel()
                .filter(shard -> !now.get(shard).keySet().equals(before.get(shard).keySet()))
                .forEach(shard -> write(shardFile(folder, shard), now.get(shard)));
    }

    private static List<Map<String, PostPlan>> shards(Map<String, PostPlan> plans) {
        List<Map<String, PostPlan>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new TreeMap<>());
        }
        plans.forEach((key, plan) -> shards.get(shardOf(key)).put(key, plan));
        return shards;
    }

    private void write(Path file, Map<String, PostPlan> plans) {
        try {
            Path temp = Files.createTempFile(folder, "campaign-cache", ".tmp");
            JSON.writeValue(temp.toFile(), new Content(VERSION, plans));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
