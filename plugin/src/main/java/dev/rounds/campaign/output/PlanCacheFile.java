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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan cache as a file under Rounds' working folder ({@code target/rounds/campaign-cache.json}). Read once, written
 * once after a plan with only the entries that plan used, so it never grows with deleted posts. An unreadable file is
 * treated as empty: the cache only saves time, it never decides anything.
 */
public final class PlanCacheFile implements PlanCache {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path file;
    private final Map<String, PostPlan> loaded;
    private final Map<String, PostPlan> used = new ConcurrentHashMap<>();

    private record Content(int version, Map<String, PostPlan> entries) {
    }

    private PlanCacheFile(Path file, Map<String, PostPlan> loaded) {
        this.file = file;
        this.loaded = loaded;
    }

    public static PlanCacheFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            return new PlanCacheFile(file, Map.of());
        }
        try {
            Content content = JSON.readValue(file.toFile(), new TypeReference<Content>() { });
            return new PlanCacheFile(file, content.version() == VERSION && content.entries() != null
                    ? content.entries() : Map.of());
        } catch (IOException | RuntimeException unreadable) {
            return new PlanCacheFile(file, Map.of());
        }
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

    /** How many plans came from the file. */
    public int hits() {
        return (int) used.keySet().stream().filter(loaded::containsKey).count();
    }

    /** Writes the plans this run used, unless they are exactly the plans read (then the file is left as it is). */
    public void save() {
        if (used.keySet().equals(loaded.keySet())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "campaign-cache", ".tmp");
            JSON.writeValue(temp.toFile(), new Content(VERSION, new TreeMap<>(used)));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
