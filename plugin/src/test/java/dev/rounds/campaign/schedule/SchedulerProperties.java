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
}
