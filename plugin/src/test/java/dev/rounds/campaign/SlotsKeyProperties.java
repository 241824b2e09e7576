package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rounds.core.Log;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The key a Maven run keeps its last slots under ({@code campaign-slots.bin}): slots remembered under one set of
 * posting windows, time zone, gap and daily cap are never given for another, while settings that do not time a tweet
 * (length, hashtags, links) keep the memo.
 */
class SlotsKeyProperties {

    private static final List<String> WINDOWS = List.of("MON-FRI 08:00-10:00", "MON-FRI 12:00-13:00",
            "SAT,SUN 09:00-10:00", "MON-FRI 08:00-10:30", "TUE 18:00-19:00");

    @Property(tries = 300)
    void settingsThatTimeTweetsDifferentlyHaveDifferentKeys(@ForAll("settings") CampaignSettings one,
                                                           @ForAll("settings") CampaignSettings other) {
        boolean timedAlike = windowSets(one).equals(windowSets(other)) && one.zone().equals(other.zone())
                && one.minGap().equals(other.minGap()) && one.maxPerDay() == other.maxPerDay();
        String keyOne = key(one);
        String keyOther = key(other);
        if (timedAlike && one.windows().equals(other.windows())) {
            assertEquals(keyOne, keyOther);
        } else if (!timedAlike) {
            assertNotEquals(keyOne, keyOther, "slots of one timing must not be replayed under another");
        }
        CampaignSettings reworded = new CampaignSettings(one.maxLength() + 10, one.maxHashtags() + 1,
                one.maxTeasersPerPost(), Map.of("x", "#X"), !one.utm(), "other", "other", List.of(Duration.ZERO),
                one.windows(), one.zone(), one.minGap(), one.maxPerDay(), null);
        assertEquals(keyOne, key(reworded), "what does not time a tweet keeps the memo");
    }

    private static String key(CampaignSettings settings) {
        return new CampaignPlanner(settings, "https://example.org/", Log.silent()).slotsKey();
    }

    private static List<Set<Object>> windowSets(CampaignSettings settings) {
        return settings.windows().stream().map(window -> Set.<Object>of(new HashSet<>(window.days()), window.start(),
                window.end())).toList();
    }

    @Provide
    Arbitrary<CampaignSettings> settings() {
        Arbitrary<List<PostingWindow>> windows = Arbitraries.of(WINDOWS).list().ofMinSize(1).ofMaxSize(3)
                .map(texts -> texts.stream().map(PostingWindow::parse).toList());
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("Europe/Madrid"), ZoneId.of("America/New_York"),
                ZoneId.of("UTC"));
        Arbitrary<Duration> gaps = Arbitraries.integers().between(0, 4)
                .map(halfHours -> Duration.ofMinutes(30L * halfHours));
        Arbitrary<Integer> caps = Arbitraries.integers().between(1, 4);
        CampaignSettings defaults = CampaignSettings.defaults(ZoneId.of("UTC"));
        return Combinators.combine(windows, zones, gaps, caps).as((w, zone, gap, cap) -> new CampaignSettings(
                defaults.maxLength(), defaults.maxHashtags(), defaults.maxTeasersPerPost(), defaults.hashtags(),
                defaults.utm(), defaults.utmSource(), defaults.utmMedium(), defaults.cadence(), w, zone, gap, cap,
                null));
    }
}
