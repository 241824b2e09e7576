package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The campaign's files written from the last files' pieces are the files written whole: for any campaign, any run of
 * edits (reworded, retitled, moved, blocked, dropped, copied, new ids), posts whose plan digest is not known, and
 * the first tweet gone, files changed behind Rounds' back between writes, campaign.json, .csv and .ics are byte for
 * byte what their own writers make of the new campaign.
 */
class TweetFragmentsProperties {

    private static final String CODE = "test code";

    @Property(tries = 60)
    void aSplicedWriteIsAWholeWrite(
            @ForAll @IntRange(min = 0, max = 120) int count,
            @ForAll @Size(min = 1, max = 4) List<@Size(max = 12) List<@IntRange(min = 0, max = 199) Integer>> saves,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 7) Integer> kinds,
            @ForAll @IntRange(min = 0, max = 6) int unknownEvery,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 5) Integer> tamper,
            @ForAll boolean firstGoes) throws IOException {
        Path folder = Files.createTempDirectory("rounds-fragments");
        try {
            int save = 0;
            for (List<ScheduledTweet> tweets : EditedCampaigns.campaigns(EditedCampaigns.campaign(count), saves,
                    kinds)) {
                if (firstGoes && save > 0 && !tweets.isEmpty()) {
                    // The tweet that stood first goes: the one after it, copied, must lose the separator it had.
                    tweets = tweets.subList(1, tweets.size());
                }
                Campaign campaign = new Campaign("https://notes.example.org/", 140, tweets);
                Map<String, String> digests = new HashMap<>(EditedCampaigns.planDigests(tweets));
                if (unknownEvery > 0) {
                    digests.keySet().removeIf(post -> post.hashCode() % unknownEvery == 0);
                }
                write(folder, campaign, digests);
                assertArrayEquals(new CampaignJson().bytes(campaign), Files.readAllBytes(folder.resolve("a.json")));
                assertEquals(new CampaignCsv().write(campaign), read(folder.resolve("a.csv")));
                assertEquals(new CampaignCalendar().write(campaign), read(folder.resolve("a.ics")));
                if (save < tamper.size()) {
                    tamper(folder, tamper.get(save));
                }
                save++;
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /**
     * What makes a write cheap: a tweet that did not change is copied from the last file, not made again. Seen by
     * changing the last calendar without changing its size or time (which the layout trusts): the tweets of unchanged
     * posts keep the change; the edited tweet's post has a new plan, so its five tweets are made afresh.
     */
    @Example
    void anUnchangedTweetIsCopiedFromTheLastFileAndAnEditedOneIsMade() throws IOException {
        Path folder = Files.createTempDirectory("rounds-fragments");
        List<ScheduledTweet> tweets = new ArrayList<>(EditedCampaigns.campaign(30));
        write(folder, new Campaign("https://notes.example.org/", 140, tweets), EditedCampaigns.planDigests(tweets));
        Path calendar = folder.resolve("a.ics");
        FileTime time = Files.getLastModifiedTime(calendar);
        Files.writeString(calendar, read(calendar).replace("Teaser", "TEASER"));
        Files.setLastModifiedTime(calendar, time);
        tweets.set(10, EditedCampaigns.edit(tweets.get(10), 0, 99));
        Campaign edited = new Campaign("https://notes.example.org/", 140, tweets);
        write(folder, edited, EditedCampaigns.planDigests(tweets));
        String spliced = read(calendar);
        String expected = new CampaignCalendar().write(edited).replace("Teaser", "TEASER");
        for (int madeAgain = 10; madeAgain < 15; madeAgain++) {
            expected = expected.replace("TEASER " + madeAgain + " about", "Teaser " + madeAgain + " about");
        }
        assertEquals(expected, spliced);
        assertTrue(spliced.contains("Teaser 10 about hand hygiene. https://notes.example.org/2026/03/post-2/ 99"));
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** As CampaignFiles writes them: the last layout read, then forgotten, the files written, the new layout kept. */
    static List<TweetFragments.Layout> write(Path folder, Campaign campaign, Map<String, String> digests) {
        TweetFragments last = TweetFragments.read(folder, CODE);
        TweetFragments.forget(folder);
        TweetFragments.Key[] keys = TweetFragments.keys(campaign, digests);
        List<TweetFragments.Layout> layouts = new ArrayList<>();
        layouts.add(last.write(folder, "a.json", new CampaignJson(), campaign, keys));
        layouts.add(last.write(folder, "a.csv", new CampaignCsv(), campaign, keys));
        layouts.add(last.write(folder, "a.ics", new CampaignCalendar(), campaign, keys));
        last.save(folder, keys, layouts);
        return layouts;
    }

    /**
     * 0 nothing; 1 a file's bytes changed (same size) and its time moved; 2 a file cut short; 3 a file removed; 4 the
     * layout removed; 5 the layout cut short.
     */
    private static void tamper(Path folder, int how) throws IOException {
        Path json = folder.resolve("a.json");
        Path layout = folder.resolve(TweetFragments.FILE);
        switch (how) {
            case 1 -> {
                byte[] bytes = Files.readAllBytes(json);
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = bytes[i] == 'a' ? (byte) 'b' : bytes[i];
                }
                FileTime time = Files.getLastModifiedTime(json);
                Files.write(json, bytes);
                Files.setLastModifiedTime(json, FileTime.fromMillis(time.toMillis() + 2000));
            }
            case 2 -> Files.write(json, java.util.Arrays.copyOf(Files.readAllBytes(json),
                    (int) Files.size(json) / 2));
            case 3 -> Files.delete(json);
            case 4 -> Files.deleteIfExists(layout);
            case 5 -> {
                if (Files.exists(layout)) {
                    Files.write(layout, java.util.Arrays.copyOf(Files.readAllBytes(layout),
                            (int) Files.size(layout) / 2));
                }
            }
            default -> {
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
