package dev.rounds.campaign.output;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rounds.campaign.PlanCache;
import dev.rounds.campaign.PostPlan;
import dev.rounds.core.RoundsException;
import dev.rounds.core.ShardedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
        return new PlanCacheFile(folder, shards(folder).readAll(PlanCacheFile::read));
    }

    private static ShardedFiles shards(Path folder) {
        return new ShardedFiles(folder, SHARDS, shard -> String.format("%02d.json", shard));
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
            Path temp = Files.createTempFile(folder, "campaign-cache", ".tmp");
            JSON.writeValue(temp.toFile(), new Content(VERSION, plans));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
