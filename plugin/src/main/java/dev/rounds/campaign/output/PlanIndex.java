package dev.rounds.campaign.output;

import dev.rounds.core.AtomicFiles;
import dev.rounds.core.RoundsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest of each plan the last successful run used, by plan key, and the key of the campaign they made
 * ({@code target/rounds/campaign-plans.txt}). Small next to the plan cache, so a run whose posts changed in ways that
 * leave every plan as it was (a typo fixed, a paragraph added) finds that out without reading the cache or timing a
 * single tweet. A plan key always gives the same plan, so an entry never goes stale; an unreadable file is empty.
 * <p>
 * The digests read are kept as read, and a run's new ones beside them: a blog of 10,000 posts has as many entries,
 * which a run that adds one plan does not copy.
 *
 * @param campaignKey the key of the campaign the last successful run wrote, or "" when there is none
 * @param read plan key to plan digest, as the file held them
 * @param added plan key to plan digest, made since (these win)
 * @param keyBySource each post's plan key as the file held them, by the post's path under the posts folder
 */
record PlanIndex(String campaignKey, Map<String, String> read, Map<String, String> added,
                 Map<String, String> keyBySource) {

    private static final String FORMAT = "rounds-plan-index-2";

    PlanIndex {
        read = Collections.unmodifiableMap(read);
        added = Map.copyOf(added);
        keyBySource = Collections.unmodifiableMap(keyBySource);
    }

    PlanIndex(String campaignKey, Map<String, String> read, Map<String, String> added) {
        this(campaignKey, read, added, Map.of());
    }

    static PlanIndex empty() {
        return new PlanIndex("", Map.of(), Map.of());
    }

    /** The same digests, with more added, for the campaign with this key ("" for none). */
    PlanIndex with(String campaign, Map<String, String> more) {
        if (more.isEmpty()) {
            return new PlanIndex(campaign, read, added, keyBySource);
        }
        Map<String, String> all = new HashMap<>(added);
        all.putAll(more);
        return new PlanIndex(campaign, read, all, keyBySource);
    }

    Optional<String> digest(String planKey) {
        String digest = added.get(planKey);
        return Optional.ofNullable(digest != null ? digest : read.get(planKey));
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
            Map<String, String> keys = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.indexOf(' ');
                int next = space <= 0 ? -1 : line.indexOf(' ', space + 1);
                if (next <= space + 1) {
                    return empty();
                }
                String key = line.substring(0, space);
                digests.put(key, line.substring(space + 1, next));
                keys.put(line.substring(next + 1), key);
            }
            return new PlanIndex(campaign.substring("campaign ".length()), digests, Map.of(), keys);
        } catch (IOException | RuntimeException unreadable) {
            return empty();
        }
    }

    /**
     * Writes the index atomically, with the plans of these keys (in order) only, each with its post's path under the
     * posts folder. A key is a post's, and no two posts share one; a key given twice would be read back as once. A
     * path with a line break in it is left out with its plan (a run after an edit then finds no plan key for it,
     * and plans in full).
     *
     * @param sources the posts' paths, in the order of {@code keys}
     */
    void write(Path file, List<String> keys, List<String> sources) {
        StringBuilder text = new StringBuilder(FORMAT.length() + campaignKey.length() + 16 + 180 * keys.size())
                .append(FORMAT).append("\ncampaign ").append(campaignKey).append('\n');
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String source = sources.get(i);
            Optional<String> digest = digest(key);
            if (digest.isPresent() && source.indexOf('\n') < 0 && source.indexOf('\r') < 0) {
                text.append(key).append(' ').append(digest.get()).append(' ').append(source).append('\n');
            }
        }
        try {
            AtomicFiles.write(file, stream -> stream.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
