package dev.rounds.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.Teaser;
import dev.rounds.campaign.TeaserSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** For any set of teasers, however crowded: windows, gaps, daily limits, never early, deterministic. */
class SchedulerProperties {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private static List<Teaser> teasers(List<@IntRange(min = 0, max = 2000) Integer> hoursAfterStart) {
        List<Teaser> teasers = new ArrayList<>();
        for (int i = 0; i < hoursAfterStart.size(); i++) {
            teasers.add(new Teaser("id" + i, "post" + (i / 5) + ".md", "Post", "Text " + i + " https://x.org/",
                    "https://x.org/", 30, 140, TeaserSource.HEADING, "Text", List.of(), i % 5,
                    START.plus(Duration.ofHours(hoursAfterStart.get(i)))));
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
}
