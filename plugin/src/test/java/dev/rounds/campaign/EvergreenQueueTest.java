package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.output.CampaignJson;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.testing.Blogs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The evergreen queue on the example blog: old posts come back in free slots, never the same post within the gap. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvergreenQueueTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    @TempDir
    static Path target;

    private BuiltBlog blog;
    private final CampaignSettings settings = CampaignSettings.defaults(ZONE);

    @BeforeAll
    void build() {
        blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), target, false), Log.silent(),
                getClass().getClassLoader()).build();
    }

    private Campaign plan(Instant now, Duration horizon) {
        return new CampaignPlanner(settings, blog.settings().siteUrl(), Log.silent())
                .withEvergreen(new EvergreenSettings(Duration.ofDays(90), horizon, now))
                .plan(blog.publishedPosts(), new Problems());
    }

    private static List<ScheduledTweet> evergreen(Campaign campaign) {
        return campaign.tweets().stream().filter(t -> t.source() == TeaserSource.EVERGREEN).toList();
    }

    @Test
    void oldPostsAreResharedInFreeSlotsWithinTheHorizon() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        List<ScheduledTweet> shares = evergreen(plan(now, Duration.ofDays(60)));
        assertFalse(shares.isEmpty());
        for (ScheduledTweet share : shares) {
            assertTrue(share.scheduledAt().toInstant().isAfter(now));
            assertTrue(share.scheduledAt().toInstant().isBefore(now.plus(Duration.ofDays(61))));
            assertFalse(share.blocked());
            assertTrue(blog.publishedPosts().stream().filter(p -> p.source().equals(share.post()))
                    .allMatch(p -> p.date().toInstant().plus(Duration.ofDays(90)).isBefore(share.scheduledAt().toInstant())),
                    "a post younger than the gap is never re-shared: " + share);
        }
    }

    @Test
    void noPostComesBackWithinTheGap() {
        List<ScheduledTweet> shares = evergreen(plan(Instant.parse("2026-01-05T12:00:00Z"), Duration.ofDays(365)));
        Map<String, List<LocalDate>> byPost = new HashMap<>();
        shares.forEach(s -> byPost.computeIfAbsent(s.post(), p -> new ArrayList<>()).add(s.scheduledAt().toLocalDate()));
        byPost.forEach((post, days) -> {
            for (int i = 1; i < days.size(); i++) {
                assertTrue(days.get(i - 1).plusDays(90).compareTo(days.get(i)) <= 0, post + " " + days);
            }
        });
        assertTrue(byPost.size() > 1, "posts take turns: " + byPost.keySet());
    }

    @Test
    void theSameDayGetsTheSameShareWhicheverDayThePlanIsMade() {
        List<ScheduledTweet> early = evergreen(plan(Instant.parse("2026-11-20T12:00:00Z"), Duration.ofDays(20)));
        List<ScheduledTweet> later = evergreen(plan(Instant.parse("2026-11-27T12:00:00Z"), Duration.ofDays(20)));
        for (ScheduledTweet share : later) {
            early.stream().filter(e -> e.scheduledAt().equals(share.scheduledAt())).findFirst()
                    .ifPresent(same -> assertEquals(same.id(), share.id()));
        }
    }

    @Test
    void evergreenSharesKeepTheBlogsGapsAndAreDeterministic() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        Campaign campaign = plan(now, Duration.ofDays(60));
        List<Instant> times = campaign.tweets().stream().map(t -> t.scheduledAt().toInstant()).sorted().toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(Duration.between(times.get(i - 1), times.get(i)).compareTo(settings.minGap()) < 0);
        }
        assertEquals(new CampaignJson().write(campaign), new CampaignJson().write(plan(now, Duration.ofDays(60))));
    }
}
