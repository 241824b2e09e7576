package dev.rounds.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.Teaser;
import dev.rounds.campaign.TeaserSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** For any set of teasers, however crowded: windows, gaps, daily limits, never early, deterministic. */
class SchedulerProperties {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private static List<Teaser> teasers(List<@IntRange(min = 0, max = 2000) Integer> hoursAfterStart) {
        return teasers(hoursAfterStart, START);
    }

    private static List<Teaser> teasers(List<Integer> hoursAfterStart, Instant start) {
        List<Teaser> teasers = new ArrayList<>();
        for (int i = 0; i < hoursAfterStart.size(); i++) {
            teasers.add(new Teaser("id" + i, "post" + (i / 5) + ".md", "Post", "Text " + i + " https://x.org/",
                    "https://x.org/", 30, 140, TeaserSource.HEADING, "Text", List.of(), i % 5,
                    start.plus(Duration.ofHours(hoursAfterStart.get(i)))));
        }
        return teasers;
    }

    @Property(tries = 200)
    void everyRuleHoldsForAnyTeasers(@ForAll @Size(max = 120) List<@IntRange(min = 0, max = 2000) Integer> hours,
                                     @ForAll @IntRange(min = 1, max = 6) int maxPerDay) {
        CampaignSettings defaults = CampaignSettings.defaults(ZONE);
        CampaignSettings settings = new CampaignSettings(140, 2, 5, Map.of(), true, "twitter", "social",
                defaults.cadence(), defaults.windows(), ZONE, Duration.ofHours(2), maxPerDay, null);
        List<Teaser> teasers = teasers(hours);
        List<ScheduledTweet> plan = new Scheduler(settings).schedule(teasers);

        assertEquals(teasers.size(), plan.size());
        Map<String, Teaser> byId = new HashMap<>();
        teasers.forEach(t -> byId.put(t.id(), t));
        Map<LocalDate, Integer> perDay = new HashMap<>();
        Instant previous = null;
        for (ScheduledTweet tweet : plan) {
            ZonedDateTime at = tweet.scheduledAt().atZoneSameInstant(ZONE);
            assertTrue(settings.windows().stream().anyMatch(w -> w.contains(at.getDayOfWeek(), at.toLocalTime())), at.toString());
            assertFalse(tweet.scheduledAt().toInstant().isBefore(byId.get(tweet.id()).desiredAt()), "never early");
            if (previous != null) {
                assertFalse(Duration.between(previous, tweet.scheduledAt().toInstant()).compareTo(Duration.ofHours(2)) < 0);
            }
            previous = tweet.scheduledAt().toInstant();
            perDay.merge(at.toLocalDate(), 1, Integer::sum);
        }
        perDay.values().forEach(count -> assertTrue(count <= maxPerDay));
        assertEquals(plan, new Scheduler(settings).schedule(teasers), "deterministic");
    }

    /**
     * The scheduler skips ahead (closed days, the last slot given) only over moments no teaser can use: for any
     * teasers it gives exactly the slots of a plain search that tries every five-minute mark from each teaser's
     * wished-for time, in the same order.
     */
    @Property(tries = 60)
    void skippingAheadGivesTheSameSlotsAsTryingEveryMark(
            @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 400) Integer> hours,
            @ForAll @IntRange(min = 1, max = 4) int maxPerDay, @ForAll @IntRange(min = 1, max = 5) int gapHours) {
        CampaignSettings defaults = CampaignSettings.defaults(ZONE);
        CampaignSettings settings = new CampaignSettings(140, 2, 5, Map.of(), true, "twitter", "social",
                defaults.cadence(), defaults.windows(), ZONE, Duration.ofHours(gapHours), maxPerDay, null);
        List<Teaser> teasers = teasers(hours);

        Map<String, Instant> fast = new HashMap<>();
        new Scheduler(settings).schedule(teasers).forEach(t -> fast.put(t.id(), t.scheduledAt().toInstant()));

        assertEquals(plainSearch(teasers, settings), fast);
    }

    private static Map<String, Instant> plainSearch(List<Teaser> teasers, CampaignSettings settings) {
        List<Teaser> ordered = teasers.stream().sorted(java.util.Comparator.comparing(Teaser::desiredAt)
                .thenComparing(Teaser::post).thenComparingInt(Teaser::sequence).thenComparing(Teaser::id)).toList();
        java.util.TreeSet<Instant> taken = new java.util.TreeSet<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        Map<String, Instant> slots = new HashMap<>();
        for (Teaser teaser : ordered) {
            ZonedDateTime at = teaser.desiredAt().atZone(settings.zone()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            if (at.toInstant().isBefore(teaser.desiredAt())) {
                at = at.plusMinutes(1);
            }
            while (at.getMinute() % 5 != 0) {
                at = at.plusMinutes(1);
            }
            while (true) {
                ZonedDateTime t = at;
                boolean inWindow = settings.windows().stream()
                        .anyMatch(w -> w.contains(t.getDayOfWeek(), t.toLocalTime()));
                Instant lower = taken.ceiling(t.toInstant().minus(settings.minGap()).plusNanos(1));
                boolean clear = lower == null || !lower.isBefore(t.toInstant().plus(settings.minGap()));
                if (inWindow && clear && perDay.getOrDefault(t.toLocalDate(), 0) < settings.maxPerDay()) {
                    break;
                }
                at = at.plusMinutes(5);
            }
            taken.add(at.toInstant());
            perDay.merge(at.toLocalDate(), 1, Integer::sum);
            slots.put(teaser.id(), at.toInstant());
        }
        return slots;
    }

    /**
     * A scheduler that remembers its last plan gives, for any teasers after any edits, exactly the plan a fresh one
     * gives: edits that keep the timing (new text, title or id), edits that move a wished-for time, teasers dropped,
     * and teasers that tie with another in all but id (a gap of zero puts several tweets in one slot, where ids
     * decide the order), teasers of a new post added; with one to four tweets a day, and in the week the clocks go
     * forward. When no teaser changed, the plan's tweets are the last plan's objects. The same holds for a memo
     * written to disk and read back, as the next Maven run reads it; one read under another key knows nothing.
     */
    @Property(tries = 150)
    void aRememberedPlanIsAFreshPlan(@ForAll @Size(max = 50) List<@IntRange(min = 0, max = 150) Integer> hours,
                                     @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 12) Integer> first,
                                     @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 13) Integer> second,
                                     @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 13) Integer> third,
                                     @ForAll @IntRange(min = 0, max = 3) int gapHours,
                                     @ForAll @IntRange(min = 1, max = 4) int maxPerDay,
                                     @ForAll boolean clocksChange) throws IOException {
        CampaignSettings defaults = CampaignSettings.defaults(ZONE);
        CampaignSettings settings = new CampaignSettings(140, 2, 5, Map.of(), true, "twitter", "social",
                defaults.cadence(), defaults.windows(), ZONE, Duration.ofHours(gapHours), maxPerDay, null);
        Scheduler.Memo memo = new Scheduler.Memo();
        // Madrid's clocks go forward at 02:00 on 29 March 2026, within the 150 hours from this start.
        Instant start = clocksChange ? Instant.parse("2026-03-26T00:00:00Z") : START;
        List<Teaser> teasers = edited(teasers(hours, start), first, 0);
        assertEquals(new Scheduler(settings).schedule(teasers), new Scheduler(settings).schedule(teasers, memo));
        List<ScheduledTweet> kept = new Scheduler(settings).schedule(teasers, memo);
        List<ScheduledTweet> again = new Scheduler(settings).schedule(teasers, memo);
        assertEquals(kept.size(), again.size());
        for (int i = 0; i < kept.size(); i++) {
            assertTrue(kept.get(i) == again.get(i), "an unchanged teaser keeps its tweet object");
        }
        for (List<Integer> edits : List.of(second, third)) {
            // What this memo knows, written to disk and read back (as the next Maven run reads it).
            Path file = Files.createTempFile("rounds-slots", ".bin");
            memo.write(file, "key");
            Scheduler.Memo read = Scheduler.Memo.read(file, "key", settings);
            Scheduler.Memo otherKey = Scheduler.Memo.read(file, "other key", settings);
            Files.delete(file);
            teasers = edited(teasers, edits, edits == second ? 1 : 2);
            List<ScheduledTweet> fresh = new Scheduler(settings).schedule(teasers);
            assertEquals(fresh, new Scheduler(settings).schedule(teasers, read));
            assertEquals(memo.holdsPlan(), read.holdsPlan(), "what was remembered is read back");
            assertFalse(otherKey.holdsPlan(), "a memo written under another key is not read");
            assertEquals(fresh, new Scheduler(settings).schedule(teasers, memo));
        }
        // The same teasers with other settings are timed again, not replayed.
        CampaignSettings tighter = new CampaignSettings(140, 2, 5, Map.of(), true, "twitter", "social",
                defaults.cadence(), defaults.windows(), ZONE, Duration.ofHours(gapHours + 1), maxPerDay, null);
        assertEquals(new Scheduler(tighter).schedule(teasers), new Scheduler(tighter).schedule(teasers, memo));
    }

    /**
     * The memo a Maven run reads is what times its plan when the teasers wish for the same times: a memo whose last
     * slot was moved on disk (its length unchanged) gives the moved slot, which no search would give; under another
     * key it is not used.
     */
    @Example
    void aMemoReadFromDiskTimesThePlanWithoutASearch() throws IOException {
        CampaignSettings settings = CampaignSettings.defaults(ZONE);
        List<Teaser> teasers = teasers(List.of(0, 5, 30, 31, 70));
        List<ScheduledTweet> fresh = new Scheduler(settings).schedule(teasers);
        byte[] bytes = memoBytes(settings, teasers);
        // The last slot is written last, before the order of placing (five teasers, 20 bytes): its epoch second, nano
        // and offset (16 bytes) end the slots.
        int end = bytes.length - 5 * 4;
        java.nio.ByteBuffer.wrap(bytes).putLong(end - 16, java.nio.ByteBuffer.wrap(bytes).getLong(end - 16) + 3600);

        List<ScheduledTweet> replayed = new Scheduler(settings).schedule(teasers, memoOf(bytes, "key", settings));
        List<ScheduledTweet> other = new Scheduler(settings).schedule(teasers,
                memoOf(bytes, "another key", settings));

        ScheduledTweet last = fresh.get(fresh.size() - 1);
        assertEquals(last.scheduledAt().plusHours(1), replayed.get(replayed.size() - 1).scheduledAt());
        assertEquals(fresh.subList(0, fresh.size() - 1), replayed.subList(0, replayed.size() - 1));
        assertEquals(fresh, other);
    }

    /**
     * A post added as the newest leaves every earlier teaser its last slot, taken from the memo without a search: a
     * memo whose first slot was moved an hour earlier on disk gives the moved slot, and every other slot, the new
     * teaser's among them, is the one a fresh plan gives.
     */
    @Example
    void anAddedNewestPostTakesTheEarlierSlotsFromTheMemo() throws IOException {
        CampaignSettings settings = CampaignSettings.defaults(ZONE);
        List<Teaser> teasers = teasers(List.of(0, 5, 30, 31, 70));
        byte[] bytes = memoBytes(settings, teasers);
        // Five slots of 20 bytes (the teaser, epoch second, nano, offset), then the order of placing (20 bytes).
        int firstSecond = bytes.length - 5 * 4 - 5 * 20 + 4;
        java.nio.ByteBuffer.wrap(bytes).putLong(firstSecond,
                java.nio.ByteBuffer.wrap(bytes).getLong(firstSecond) - 3600);
        List<Teaser> added = new ArrayList<>(teasers);
        Teaser last = teasers.get(4);
        added.add(new Teaser("new", "new.md", "New", "New text", last.url(), last.weightedLength(), last.limit(),
                last.source(), last.sourceSentence(), List.of(), 0, last.desiredAt().plus(Duration.ofHours(1))));

        List<ScheduledTweet> fresh = new Scheduler(settings).schedule(added);
        List<ScheduledTweet> resumed = new Scheduler(settings).schedule(added, memoOf(bytes, "key", settings));

        assertEquals(6, resumed.size());
        assertEquals(fresh.get(0).scheduledAt().minusHours(1), resumed.get(0).scheduledAt());
        assertEquals(fresh.subList(1, 6), resumed.subList(1, 6));
        assertEquals("new", resumed.get(5).id());
    }

    /**
     * A memo read from disk and given again for the same wishes (a post's text edited) is not written again; one
     * whose plan moved is, and what is read back then times the moved plan.
     */
    @Example
    void aMemoIsWrittenAgainOnlyWhenItsPlanChanged() throws IOException {
        CampaignSettings settings = CampaignSettings.defaults(ZONE);
        List<Teaser> teasers = teasers(List.of(0, 5, 30, 31, 70));
        Path file = Files.createTempFile("rounds-slots", ".bin");
        try {
            Scheduler.Memo first = new Scheduler.Memo();
            new Scheduler(settings).schedule(teasers, first);
            first.write(file, "key");
            java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(file, old);

            Scheduler.Memo same = Scheduler.Memo.read(file, "key", settings);
            new Scheduler(settings).schedule(teasers, same);
            same.write(file, "key");
            assertEquals(old, Files.getLastModifiedTime(file), "the same plan leaves the file as it was");

            List<Teaser> moved = teasers(List.of(0, 5, 30, 31, 90));
            Scheduler.Memo edited = Scheduler.Memo.read(file, "key", settings);
            List<ScheduledTweet> plan = new Scheduler(settings).schedule(moved, edited);
            edited.write(file, "key");
            assertTrue(Files.getLastModifiedTime(file).compareTo(old) > 0, "a moved plan is written");
            Scheduler.Memo again = Scheduler.Memo.read(file, "key", settings);
            assertEquals(plan, new Scheduler(settings).schedule(moved, again));
            assertTrue(again.holdsPlan());
        } finally {
            Files.delete(file);
        }
    }

    /**
     * A memo file that is not a whole plan is not read: a teaser placed twice (and another not at all), slots out of
     * time order, an order of placing that names a teaser twice or goes back in time, bytes cut off or left over, a
     * count larger than the file. Each would post a teaser twice, drop one, time the next plan from a wrong start or
     * fail the run.
     */
    @Example
    void aMemoThatIsNotAWholePlanIsNotRead() throws IOException {
        CampaignSettings settings = CampaignSettings.defaults(ZONE);
        byte[] bytes = memoBytes(settings, teasers(List.of(0, 5, 30, 31, 70)));
        assertTrue(memoOf(bytes, "key", settings).holdsPlan(), "the file as written is read");
        int slot = 4 + 8 + 4 + 4; // each slot: the teaser it places, epoch second, nano, offset
        int placing = bytes.length - 5 * 4; // then the teasers in the order they were placed
        int lastSlot = placing - slot;
        int firstSlot = placing - 5 * slot;
        List<byte[]> broken = new ArrayList<>();
        byte[] twice = bytes.clone();
        System.arraycopy(bytes, firstSlot, twice, lastSlot, 4);
        broken.add(twice);
        byte[] backwards = bytes.clone();
        java.nio.ByteBuffer.wrap(backwards).putLong(lastSlot + 4,
                java.nio.ByteBuffer.wrap(bytes).getLong(firstSlot + 4) - 3600);
        broken.add(backwards);
        byte[] placedTwice = bytes.clone();
        System.arraycopy(bytes, placing, placedTwice, placing + 4 * 4, 4);
        broken.add(placedTwice);
        byte[] placedBackwards = bytes.clone();
        System.arraycopy(bytes, placing, placedBackwards, placing + 4 * 4, 4);
        System.arraycopy(bytes, placing + 4 * 4, placedBackwards, placing, 4);
        broken.add(placedBackwards);
        broken.add(java.util.Arrays.copyOf(bytes, bytes.length - 3));
        broken.add(java.util.Arrays.copyOf(bytes, bytes.length + 1));
        byte[] huge = bytes.clone();
        java.nio.ByteBuffer.wrap(huge).putInt(firstSlot - 4, Integer.MAX_VALUE);
        broken.add(huge);
        for (byte[] bad : broken) {
            assertFalse(memoOf(bad, "key", settings).holdsPlan());
        }
    }

    /** The bytes a memo of these teasers' plan writes under "key", as rounds:campaign leaves campaign-slots.bin. */
    private static byte[] memoBytes(CampaignSettings settings, List<Teaser> teasers) throws IOException {
        Scheduler.Memo memo = new Scheduler.Memo();
        new Scheduler(settings).schedule(teasers, memo);
        Path file = Files.createTempFile("rounds-slots", ".bin");
        try {
            memo.write(file, "key");
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    /** The memo a Maven run reads from a file of these bytes under {@code key}. */
    private static Scheduler.Memo memoOf(byte[] bytes, String key, CampaignSettings settings) throws IOException {
        Path file = Files.createTempFile("rounds-slots", ".bin");
        try {
            Files.write(file, bytes);
            return Scheduler.Memo.read(file, key, settings);
        } finally {
            Files.delete(file);
        }
    }

    /**
     * Each teaser edited by its operation: below 6 kept as it is (the same object); 6 new text and title; 7 a new id
     * that sorts after every other; 8 a new text and id; 9 an hour later; 10 the post, place and wished-for time of
     * the first teaser (a tie but for the id); 11 dropped; 12 a copy of the same teaser (an equal but new object);
     * 13 kept, and a new teaser of a new post after it, wishing for a time half an hour after its own (a post added).
     */
    private static List<Teaser> edited(List<Teaser> teasers, List<Integer> operations, int round) {
        List<Teaser> out = new ArrayList<>();
        for (int i = 0; i < teasers.size(); i++) {
            Teaser t = teasers.get(i);
            int op = i < operations.size() ? operations.get(i) : 0;
            String id = op == 7 ? "x" + round + t.id() : op == 8 ? t.id() + "-" + round : t.id();
            String text = op == 6 || op == 8 ? t.text() + " edited " + round : t.text();
            String title = op == 6 ? t.postTitle() + " " + round : t.postTitle();
            Instant wish = op == 9 ? t.desiredAt().plus(Duration.ofHours(1)) : t.desiredAt();
            String post = t.post();
            int sequence = t.sequence();
            if (op == 10) {
                wish = teasers.get(0).desiredAt();
                post = teasers.get(0).post();
                sequence = teasers.get(0).sequence();
            }
            if (op == 11) {
                continue;
            }
            out.add(op < 6 || op == 13 ? t : new Teaser(id, post, title, text, t.url(), t.weightedLength(), t.limit(),
                    t.source(), t.sourceSentence(), t.findings(), sequence, wish));
            if (op == 13) {
                out.add(new Teaser("new" + round + "-" + i, "new" + round + "-" + i + ".md", "New", "New text",
                        t.url(), t.weightedLength(), t.limit(), t.source(), t.sourceSentence(), t.findings(), 0,
                        t.desiredAt().plus(Duration.ofMinutes(30))));
            }
        }
        return out;
    }
}
