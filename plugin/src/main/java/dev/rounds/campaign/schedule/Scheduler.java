package dev.rounds.campaign.schedule;

import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.PostingWindow;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.Teaser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
        List<Teaser> ordered = teasers.stream()
                .sorted(Comparator.comparing(Teaser::desiredAt).thenComparing(Teaser::post)
                        .thenComparingInt(Teaser::sequence).thenComparing(Teaser::id))
                .toList();
        TreeSet<Instant> taken = new TreeSet<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        Map<LocalDate, LocalDate> nextOpen = new HashMap<>();
        List<ScheduledTweet> scheduled = new ArrayList<>();
        // Every moment from a teaser's wished-for time up to the slot it got was refused for good (taken only grows),
        // and later teasers wish for times no earlier; so each search may start at the last slot given. Without
        // this, a backlog of years made every teaser walk the whole backlog again.
        Instant frontier = Instant.MIN;
        for (Teaser teaser : ordered) {
            Instant from = teaser.desiredAt().isAfter(frontier) ? teaser.desiredAt() : frontier;
            Instant slot = slotFor(from, taken, perDay, nextOpen);
            frontier = slot;
            taken.add(slot);
            LocalDate day = slot.atZone(settings.zone()).toLocalDate();
            if (perDay.merge(day, 1, Integer::sum) >= settings.maxPerDay()) {
                nextOpen.put(day, day.plusDays(1));
            }
            scheduled.add(new ScheduledTweet(teaser.id(), teaser.post(), teaser.postTitle(), teaser.text(),
                    teaser.url(), slot.atZone(settings.zone()).toOffsetDateTime(), teaser.weightedLength(),
                    teaser.limit(), teaser.source(), teaser.sourceSentence(),
                    teaser.blocked() ? ScheduledTweet.Status.BLOCKED : ScheduledTweet.Status.READY,
                    teaser.findings(), teaser.sequence()));
        }
        scheduled.sort(Comparator.comparing((ScheduledTweet t) -> t.scheduledAt().toInstant())
                .thenComparing(ScheduledTweet::id));
        return scheduled;
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
