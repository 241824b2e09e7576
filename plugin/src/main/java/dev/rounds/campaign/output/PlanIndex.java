package dev.rounds.campaign.output;

import dev.rounds.core.AtomicFiles;
import dev.rounds.core.RoundsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest of each plan the last successful run used, by plan key, and the key of the campaign they made
 * ({@code target/rounds/campaign-plans.txt}). Small next to the plan cache, so a run whose posts changed in ways that
 * leave every plan as it was (a typo fixed, a paragraph added) finds that out without reading the cache or timing a
 * single tweet. A plan key always gives the same plan, so an entry never goes stale; an unreadable file is empty.
 *
 * @param campaignKey the key of the campaign the last successful run wrote, or "" when there is none
 * @param digests plan key to plan digest
 */
record PlanIndex(String campaignKey, Map<String, String> digests) {

    private static final String FORMAT = "rounds-plan-index-1";

    PlanIndex {
        digests = Map.copyOf(digests);
    }

    static PlanIndex empty() {
        return new PlanIndex("", Map.of());
    }

    /** The same digests, with more added, for the campaign with this key ("" for none). */
    PlanIndex with(String campaign, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(digests);
        all.putAll(more);
        return new PlanIndex(campaign, all);
    }

    Optional<String> digest(String planKey) {
        return Optional.ofNullable(digests.get(planKey));
    }

    static PlanIndex read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!FORMAT.equals(in.readLine())) {
                return empty();
            }
            String campaign = in.readLine();
            if (campaign == null || !campaign.startsWith("campaign ")) {
                return empty();
            }
            Map<String, String> digests = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.indexOf(' ');
                if (space <= 0) {
                    return empty();
                }
                digests.put(line.substring(0, space), line.substring(space + 1));
            }
            return new PlanIndex(campaign.substring("campaign ".length()), digests);
        } catch (IOException | RuntimeException unreadable) {
            return empty();
        }
    }

    /** Writes the index atomically, with the plans of these keys (in order) only. */
    void write(Path file, List<String> keys) {
        Map<String, String> kept = new LinkedHashMap<>();
        keys.forEach(key -> digest(key).ifPresent(digest -> kept.put(key, digest)));
        try {
            AtomicFiles.write(file, stream -> {
                Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                out.write(FORMAT + "\ncampaign " + campaignKey + "\n");
                for (Map.Entry<String, String> entry : kept.entrySet()) {
                    out.write(entry.getKey() + " " + entry.getValue() + "\n");
                }
                out.flush();
            });
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
