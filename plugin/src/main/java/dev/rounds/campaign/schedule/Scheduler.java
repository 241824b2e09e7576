package dev.rounds.campaign.schedule;

import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.PostingWindow;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.Teaser;
import dev.rounds.core.AtomicFiles;
import dev.rounds.core.CacheCodec;
import dev.rounds.core.RoundsException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Gives every teaser of the blog a slot: the first moment at or after the time its cadence asks for that lies in a
 * posting window, is at least {@code minGap} from every other tweet of the blog, and leaves the day within
 * {@code maxPerDay}. Teasers are placed in order of their wished-for time (then post, then place in the series), so
 * the same posts always give the same plan.
 */
public final class Scheduler {

    /** Slots fall on five-minute marks (the granularity scheduling tools such as Hootsuite accept). */
    private static final int SLOT_MINUTES = 5;
    private static final int MAX_STEPS = 100_000;

    private final CampaignSettings settings;

    public Scheduler(CampaignSettings settings) {
        this.settings = settings;
    }

    public List<ScheduledTweet> schedule(List<Teaser> teasers) {
        return schedule(teasers, null);
    }

    /**
     * Likewise, remembering the plan in {@code memo} (null for none): when the teasers wish for the same times as at
     * the last call, in the same order, the last call's slots are given again without searching, and a teaser that
     * is the very object of the last call keeps its tweet object too (rounds:serve, where an edited title or teaser
     * text changes no timing).
     */
    public List<ScheduledTweet> schedule(List<Teaser> teasers, Memo memo) {
        if (memo != null) {
            List<ScheduledTweet> again = memo.replay(settings, teasers);
            if (again != null) {
                return again;
            }
        }
        Integer[] order = new Integer[teasers.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Teaser> byWish = Comparator.comparing(Teaser::desiredAt).thenComparing(Teaser::post)
                .thenComparingInt(Teaser::sequence);
        Arrays.sort(order, (a, b) -> {
            int wish = byWish.compare(teasers.get(a), teasers.get(b));
            return wish != 0 ? wish : teasers.get(a).id().compareTo(teasers.get(b).id());
        });
        boolean idsDecide = false;
        for (int i = 1; i < order.length; i++) {
            idsDecide |= byWish.compare(teasers.get(order[i - 1]), teasers.get(order[i])) == 0;
        }
        // The slot of each teaser, in the order they are placed; those the memo knows are taken from it.
        OffsetDateTime[] slots = new OffsetDateTime[order.length];
        int known = memo == null ? 0 : memo.knownPrefix(settings, teasers, order, slots);
        TreeSet<Instant> taken = new TreeSet<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        Map<LocalDate, LocalDate> nextOpen = new HashMap<>();
        // Every moment from a teaser's wished-for time up to the slot it got was refused for good (taken only grows),
        // and later teasers wish for times no earlier; so each search may start at the last slot given. Without
        // this, a backlog of years made every teaser walk the whole backlog again.
        Instant frontier = Instant.MIN;
        if (known > 0) {
            frontier = slots[known - 1].toInstant();
            resume(slots, known, taken, perDay, nextOpen);
        }
        for (int placed = known; placed < order.length; placed++) {
            Teaser teaser = teasers.get(order[placed]);
            Instant wished = teaser.desiredAt().isAfter(frontier) ? teaser.desiredAt() : frontier;
            Instant slot = slotFor(wished, taken, perDay, nextOpen);
            frontier = slot;
            taken.add(slot);
            LocalDate day = slot.atZone(settings.zone()).toLocalDate();
            if (perDay.merge(day, 1, Integer::sum) >= settings.maxPerDay()) {
                nextOpen.put(day, day.plusDays(1));
            }
            slots[placed] = slot.atZone(settings.zone()).toOffsetDateTime();
        }
        // Slots never go back in the order teasers are placed (each search starts where the last one ended), so the
        // plan, by slot and then id, is that order with each run of tweets in one slot sorted by id.
        int[] teaserOf = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            teaserOf[i] = order[i];
        }
        for (int start = 0, end; start < order.length; start = end) {
            Instant at = slots[start].toInstant();
            for (end = start + 1; end < order.length && slots[end].toInstant().equals(at); end++) {
                idsDecide = true;
            }
            if (end - start > 1) {
                Integer[] run = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = order[i];
                }
                Arrays.sort(run, Comparator.comparing((Integer i) -> teasers.get(i).id()));
                for (int i = start; i < end; i++) {
                    teaserOf[i] = run[i - start];
                }
            }
        }
        List<ScheduledTweet> result = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            result.add(tweet(teasers.get(teaserOf[i]), slots[i]));
        }
        if (memo != null) {
            int[] placement = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                placement[i] = order[i];
            }
            memo.keep(settings, teasers, result, teaserOf, placement, idsDecide);
        }
        return result;
    }

    /**
     * What the search needs to go on after the first {@code known} teasers were placed (their slots, which never go
     * back): the slots within the minimum gap of the last one, and how many tweets the last one's day holds (and that
     * it is full, if it is). Nothing earlier can bear on a later slot, which lies at or after the last one.
     */
    private void resume(OffsetDateTime[] slots, int known, TreeSet<Instant> taken, Map<LocalDate, Integer> perDay,
                        Map<LocalDate, LocalDate> nextOpen) {
        Instant last = slots[known - 1].toInstant();
        Instant reach = last.minus(settings.minGap());
        LocalDate lastDay = last.atZone(settings.zone()).toLocalDate();
        int onLastDay = 0;
        for (int i = known - 1; i >= 0; i--) {
            Instant slot = slots[i].toInstant();
            boolean near = slot.isAfter(reach);
            boolean sameDay = slot.atZone(settings.zone()).toLocalDate().equals(lastDay);
            if (!near && !sameDay) {
                break;
            }
            if (near) {
                taken.add(slot);
            }
            if (sameDay) {
                onLastDay++;
            }
        }
        perDay.put(lastDay, onLastDay);
        if (onLastDay >= settings.maxPerDay()) {
            nextOpen.put(lastDay, lastDay.plusDays(1));
        }
    }

    private static ScheduledTweet tweet(Teaser teaser, OffsetDateTime slot) {
        return new ScheduledTweet(teaser.id(), teaser.post(), teaser.postTitle(), teaser.text(), teaser.url(), slot,
                teaser.weightedLength(), teaser.limit(), teaser.source(), teaser.sourceSentence(),
                teaser.blocked() ? ScheduledTweet.Status.BLOCKED : ScheduledTweet.Status.READY, teaser.findings(),
                teaser.sequence());
    }

    /**
     * The last plan a scheduler made, for the next call with (nearly) the same teasers. Slots follow from the order
     * the teasers are placed in and their wished-for times alone: the order is by wished-for time, post and place in
     * the series, then id; the plan is sorted by slot, then id. So when every teaser, position by position, wishes
     * for the time it wished for before, in the same post and place, the slots are the last call's; ids need to be
     * the same too only where they decided an order (two teasers alike in all else, or two tweets in one slot).
     * Kept in memory by one planner (rounds:serve), or on disk between Maven runs ({@link #write}, {@link #read}).
     * Not thread-safe: one planner's, used by one plan at a time.
     */
    public static final class Memo {
        private static final int VERSION = 2;

        /** What placed a teaser: the rest of a teaser does not change its slot. */
        private record Wish(String id, String post, int sequence, Instant desiredAt) {
        }

        private CampaignSettings settings;
        private Wish[] wishes;
        /** The very teasers of the last call in this process, or null for a memo read from disk. */
        private Teaser[] teasers;
        /** The last plan's tweets in this process, or null for a memo read from disk. */
        private List<ScheduledTweet> plan;
        private OffsetDateTime[] slots;
        private int[] teaserOf;
        /** The teasers (their indexes) in the order they were placed, in which their slots never go back. */
        private int[] placement;
        private boolean idsDecide;
        /** Whether this memo holds what its file does not ({@link #write} has something to write): not after a read. */
        private boolean unsaved = true;

        void keep(CampaignSettings settings, List<Teaser> teasers, List<ScheduledTweet> plan, int[] teaserOf,
                  int[] placement, boolean idsDecide) {
            this.settings = settings;
            this.teasers = teasers.toArray(new Teaser[0]);
            Wish[] lastWishes = wishes;
            OffsetDateTime[] lastSlots = slots;
            int[] lastTeaserOf = this.teaserOf;
            int[] lastPlacement = this.placement;
            boolean lastIdsDecide = this.idsDecide;
            this.wishes = new Wish[this.teasers.length];
            for (int i = 0; i < wishes.length; i++) {
                Teaser teaser = this.teasers[i];
                wishes[i] = new Wish(teaser.id(), teaser.post(), teaser.sequence(), teaser.desiredAt());
            }
            this.plan = List.copyOf(plan);
            this.slots = new OffsetDateTime[plan.size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = plan.get(i).scheduledAt();
            }
            this.teaserOf = teaserOf;
            this.placement = placement;
            this.idsDecide = idsDecide;
            // A plan given again for the same wishes (a post's text edited) leaves the file as it is. Compared only
            // for a memo read from a file: rounds:serve's, never written, is spared 50,000 comparisons a save.
            if (!unsaved) {
                unsaved = !(Arrays.equals(lastWishes, wishes) && Arrays.equals(lastSlots, slots)
                        && Arrays.equals(lastTeaserOf, teaserOf) && Arrays.equals(lastPlacement, placement)
                        && lastIdsDecide == idsDecide);
            }
        }

        /** Whether this memo holds a plan (an empty one times the next plan by a search). */
        boolean holdsPlan() {
            return slots != null;
        }

        /** The plan for {@code now}, or null when the last one does not tell it. */
        List<ScheduledTweet> replay(CampaignSettings settings, List<Teaser> now) {
            if (slots == null || !settings.equals(this.settings) || now.size() != wishes.length) {
                return null;
            }
            boolean sameIds = true;
            for (int i = 0; i < wishes.length; i++) {
                Teaser teaser = now.get(i);
                Wish before = wishes[i];
                if (teasers != null && teaser == teasers[i]) {
                    continue;
                }
                boolean sameId = teaser.id().equals(before.id());
                if (!(teaser.desiredAt().equals(before.desiredAt()) && teaser.post().equals(before.post())
                        && teaser.sequence() == before.sequence() && (!idsDecide || sameId))) {
                    return null;
                }
                sameIds &= sameId;
            }
            List<ScheduledTweet> again = new ArrayList<>(slots.length);
            for (int i = 0; i < slots.length; i++) {
                int index = teaserOf[i];
                Teaser teaser = now.get(index);
                again.add(plan != null && teaser == teasers[index] ? plan.get(i) : tweet(teaser, slots[i]));
            }
            if (sameIds) {
                // Every wish is the last one, id and all: only the teasers and tweets of this call are new.
                this.teasers = now.toArray(new Teaser[0]);
                this.plan = List.copyOf(again);
                return again;
            }
            // With no ties, a changed id leaves the plan sorted by slot and the order unchanged: the memo holds.
            keep(settings, now, again, teaserOf, placement, idsDecide);
            return again;
        }

        /**
         * How many of the teasers, taken in the order they are placed ({@code order}), wish one by one for the times
         * the last plan's teasers wished for in the order they were placed; their slots, which follow from those
         * times alone, are put in {@code slots}. A post added as the newest, or any change to the teasers that wish
         * for the latest times, leaves all the earlier ones to be given their last slots without a search.
         */
        int knownPrefix(CampaignSettings settings, List<Teaser> now, Integer[] order, OffsetDateTime[] slots) {
            if (this.slots == null || placement == null || !settings.equals(this.settings)) {
                return 0;
            }
            int[] planPlace = planPlaces(teaserOf);
            int known = 0;
            int most = Math.min(order.length, placement.length);
            while (known < most && now.get(order[known]).desiredAt().equals(wishes[placement[known]].desiredAt())) {
                slots[known] = this.slots[planPlace[placement[known]]];
                known++;
            }
            return known;
        }

        /** Where each teaser lies in the plan, given the teaser at each place of it. */
        private static int[] planPlaces(int[] teaserOf) {
            int[] places = new int[teaserOf.length];
            for (int i = 0; i < teaserOf.length; i++) {
                places[teaserOf[i]] = i;
            }
            return places;
        }

        /** The next teaser index in a memo file if it is one (below {@code bound}) not {@code seen} before; else -1. */
        private static int readOnce(DataInputStream in, int bound, java.util.BitSet seen) throws IOException {
            int index = in.readInt();
            if (index < 0 || index >= bound || seen.get(index)) {
                return -1;
            }
            seen.set(index);
            return index;
        }

        /**
         * Writes the memo to {@code file} (atomically), under {@code key}: what besides the teasers decides the slots
         * (the settings, and the code that times them), as the caller describes it.
         */
        public void write(Path file, String key) {
            if (slots == null || !unsaved && Files.isRegularFile(file)) {
                return;
            }
            try {
                AtomicFiles.write(file, stream -> {
                    DataOutputStream out = new DataOutputStream(stream);
                    out.writeInt(VERSION);
                    out.writeUTF(key);
                    out.writeBoolean(idsDecide);
                    Map<String, Integer> posts = new HashMap<>();
                    for (Wish wish : wishes) {
                        posts.putIfAbsent(wish.post(), posts.size());
                    }
                    String[] byIndex = new String[posts.size()];
                    posts.forEach((post, index) -> byIndex[index] = post);
                    out.writeInt(byIndex.length);
                    for (String post : byIndex) {
                        out.writeUTF(post);
                    }
                    out.writeInt(wishes.length);
                    for (Wish wish : wishes) {
                        out.writeInt(posts.get(wish.post()));
                        out.writeInt(wish.sequence());
                        out.writeLong(wish.desiredAt().getEpochSecond());
                        out.writeInt(wish.desiredAt().getNano());
                        out.writeUTF(wish.id());
                    }
                    out.writeInt(slots.length);
                    for (int i = 0; i < slots.length; i++) {
                        out.writeInt(teaserOf[i]);
                        out.writeLong(slots[i].toEpochSecond());
                        out.writeInt(slots[i].getNano());
                        out.writeInt(slots[i].getOffset().getTotalSeconds());
                    }
                    for (int teaser : placement) {
                        out.writeInt(teaser);
                    }
                });
                unsaved = false;
            } catch (IOException failed) {
                throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
            }
        }

        /**
         * The memo {@link #write} left in {@code file} for {@code settings}, or an empty memo when there is none, it
         * is unreadable or not a whole plan (a teaser placed twice or not at all, slots out of order, bytes left
         * over), or it was written under another {@code key}. What it holds is trusted: its slots are given again
         * for teasers that wish for the same times, so the key must name everything else that times a tweet.
         */
        public static Memo read(Path file, String key, CampaignSettings settings) {
            Memo memo = new Memo();
            if (!Files.isRegularFile(file)) {
                return memo;
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file),
                    64 * 1024))) {
                if (in.readInt() != VERSION || !in.readUTF().equals(key)) {
                    return memo;
                }
                boolean idsDecide = in.readBoolean();
                // Counts are checked against the file's size before anything is made of that size.
                long size = Files.size(file);
                String[] posts = new String[CacheCodec.readCount(in, size)];
                for (int i = 0; i < posts.length; i++) {
                    posts[i] = in.readUTF();
                }
                Wish[] wishes = new Wish[CacheCodec.readCount(in, size)];
                for (int i = 0; i < wishes.length; i++) {
                    String post = posts[in.readInt()];
                    int sequence = in.readInt();
                    Instant desiredAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
                    wishes[i] = new Wish(in.readUTF(), post, sequence, desiredAt);
                }
                // Every teaser is placed once, and the plan runs in time: anything else is not a plan this class
                // wrote, and would post a teaser twice or drop one.
                int[] teaserOf = new int[CacheCodec.readCount(in, size)];
                if (teaserOf.length != wishes.length) {
                    return memo;
                }
                OffsetDateTime[] slots = new OffsetDateTime[teaserOf.length];
                java.util.BitSet placed = new java.util.BitSet(wishes.length);
                for (int i = 0; i < slots.length; i++) {
                    teaserOf[i] = readOnce(in, wishes.length, placed);
                    if (teaserOf[i] < 0) {
                        return memo;
                    }
                    Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
                    slots[i] = OffsetDateTime.ofInstant(at, ZoneOffset.ofTotalSeconds(in.readInt()));
                    if (i > 0 && slots[i].toInstant().isBefore(slots[i - 1].toInstant())) {
                        return memo;
                    }
                }
                // The order the teasers were placed in: each once, by wished-for time, each at or after its wish, the
                // slots never going back (what the search gives, and what a plan resumed from it relies on).
                int[] planPlace = planPlaces(teaserOf);
                int[] placement = new int[teaserOf.length];
                java.util.BitSet seen = new java.util.BitSet(wishes.length);
                for (int i = 0; i < placement.length; i++) {
                    placement[i] = readOnce(in, wishes.length, seen);
                    if (placement[i] < 0) {
                        return memo;
                    }
                    Instant slot = slots[planPlace[placement[i]]].toInstant();
                    Instant wish = wishes[placement[i]].desiredAt();
                    if (slot.isBefore(wish) || i > 0 && (slot.isBefore(slots[planPlace[placement[i - 1]]].toInstant())
                            || wish.isBefore(wishes[placement[i - 1]].desiredAt()))) {
                        return memo;
                    }
                    seen.set(placement[i]);
                }
                if (in.read() != -1) {
                    return memo;
                }
                memo.settings = settings;
                memo.placement = placement;
                memo.wishes = wishes;
                memo.slots = slots;
                memo.teaserOf = teaserOf;
                memo.idsDecide = idsDecide;
                memo.unsaved = false;
                return memo;
            } catch (IOException | RuntimeException unreadable) {
                return new Memo();
            }
        }
    }


    private Instant slotFor(Instant desired, TreeSet<Instant> taken, Map<LocalDate, Integer> perDay,
                            Map<LocalDate, LocalDate> nextOpen) {
        ZonedDateTime candidate = roundUp(desired.atZone(settings.zone()));
        LocalDate searched = null;
        for (int step = 0; step < MAX_STEPS; step++) {
            LocalDate open = openDayFrom(candidate.toLocalDate(), nextOpen);
            if (open.isAfter(candidate.toLocalDate())) {
                candidate = open.atStartOfDay(settings.zone());
            }
            ZonedDateTime inWindow = nextWindowTime(candidate);
            LocalDate day = inWindow.toLocalDate();
            if (searched != null && day.isAfter(searched)) {
                // No slot was left in that day from where this search entered it; teasers come in order of their
                // wished-for time, so no later teaser can use it either.
                nextOpen.putIfAbsent(searched, searched.plusDays(1));
            }
            searched = day;
            if (perDay.getOrDefault(day, 0) >= settings.maxPerDay()) {
                candidate = openDayFrom(day, nextOpen).atStartOfDay(settings.zone());
                continue;
            }
            Instant conflict = conflictWith(inWindow.toInstant(), taken);
            if (conflict == null) {
                return inWindow.toInstant();
            }
            candidate = roundUp(conflict.plus(settings.minGap()).atZone(settings.zone()));
        }
        throw new IllegalStateException("No posting slot found after " + desired + "; check the posting windows");
    }

    /**
     * The first day from {@code day} on that is not full. Full days point at the day after them, and every look-up
     * shortens the chain it walked (path compression), so a long backlog of full days is crossed in one step instead
     * of one day at a time.
     */
    private static LocalDate openDayFrom(LocalDate day, Map<LocalDate, LocalDate> nextOpen) {
        LocalDate open = day;
        while (nextOpen.containsKey(open)) {
            open = nextOpen.get(open);
        }
        for (LocalDate walk = day; !walk.equals(open); ) {
            LocalDate next = nextOpen.get(walk);
            nextOpen.put(walk, open);
            walk = next;
        }
        return open;
    }

    private Instant conflictWith(Instant slot, TreeSet<Instant> taken) {
        Duration gap = settings.minGap();
        Instant lower = taken.ceiling(slot.minus(gap).plusNanos(1));
        return lower != null && lower.isBefore(slot.plus(gap)) ? lower : null;
    }

    /** The candidate itself if it lies in a window, else the start of the next window. */
    private ZonedDateTime nextWindowTime(ZonedDateTime candidate) {
        for (int day = 0; day < 8; day++) {
            ZonedDateTime date = candidate.plusDays(day);
            ZonedDateTime best = null;
            for (PostingWindow window : settings.windows()) {
                if (!window.days().contains(date.getDayOfWeek())) {
                    continue;
                }
                ZonedDateTime start = date.toLocalDate().atTime(window.start()).atZone(settings.zone());
                ZonedDateTime end = date.toLocalDate().atTime(window.end()).atZone(settings.zone());
                ZonedDateTime option = day == 0 && candidate.isAfter(start) ? candidate : start;
                if (option.isBefore(end) && (best == null || option.isBefore(best))) {
                    best = option;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new IllegalStateException("The posting windows leave no time in a week");
    }

    private static ZonedDateTime roundUp(ZonedDateTime time) {
        ZonedDateTime truncated = time.truncatedTo(ChronoUnit.MINUTES);
        if (truncated.isBefore(time)) {
            truncated = truncated.plusMinutes(1);
        }
        int remainder = truncated.getMinute() % SLOT_MINUTES;
        return remainder == 0 ? truncated : truncated.plusMinutes(SLOT_MINUTES - remainder);
    }
}
