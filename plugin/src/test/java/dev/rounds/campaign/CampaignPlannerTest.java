package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.compose.SimilarTeasers;
import dev.rounds.campaign.compose.TweetLength;
import dev.rounds.campaign.output.CampaignJson;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The campaign of the example blog: every rule of the plan holds on real posts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPlannerTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    @TempDir
    static Path target;

    private BuiltBlog blog;
    private Campaign campaign;
    private final CampaignSettings settings = CampaignSettings.defaults(ZONE);

    @BeforeAll
    void plan() {
        blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), target, false), Log.silent(),
                getClass().getClassLoader()).build();
        campaign = new CampaignPlanner(settings, blog.settings().siteUrl(), Log.silent())
                .plan(blog.publishedPosts(), new Problems());
    }

    @Test
    void everyPublishedPostHasASeriesAndNoDraftOrFuturePostHasOne() {
        for (Post post : blog.publishedPosts()) {
            long count = campaign.tweets().stream().filter(t -> t.post().equals(post.source())).count();
            assertTrue(count >= 2 && count <= settings.maxTeasersPerPost(), post.source() + ": " + count);
        }
        assertTrue(campaign.tweets().stream().noneMatch(t -> t.post().contains("vancomycin")
                || t.post().contains("heat-waves")));
    }

    @Test
    void everyTweetFitsAndLinksBackToItsPost() {
        for (ScheduledTweet tweet : campaign.tweets()) {
            assertEquals(TweetLength.weightedLength(tweet.text()), tweet.weightedLength(), tweet.text());
            assertTrue(tweet.weightedLength() <= 140, tweet.text());
            assertTrue(tweet.text().contains(tweet.url()), tweet.text());
            Post post = blog.posts().stream().filter(p -> p.source().equals(tweet.post())).findFirst().orElseThrow();
            assertTrue(tweet.url().startsWith(post.url() + "?utm_source=twitter&utm_medium=social&utm_campaign="
                    + post.slug()), tweet.url());
            String anchor = TeaserLinks.anchor(tweet.url());
            assertTrue(anchor.isEmpty() || post.hasAnchor(anchor), tweet.url());
        }
    }

    @Test
    void theScheduleKeepsWindowsGapsAndDailyLimits() {
        List<ZonedDateTime> times = campaign.tweets().stream()
                .map(t -> t.scheduledAt().atZoneSameInstant(ZONE)).toList();
        Map<String, Integer> perDay = new HashMap<>();
        for (int i = 0; i < times.size(); i++) {
            ZonedDateTime time = times.get(i);
            boolean inWindow = settings.windows().stream()
                    .anyMatch(w -> w.contains(time.getDayOfWeek(), time.toLocalTime()));
            assertTrue(inWindow, "outside the posting windows: " + time);
            assertEquals(0, time.getMinute() % 5, "on a five-minute mark: " + time);
            if (i > 0) {
                assertFalse(Duration.between(times.get(i - 1), time).compareTo(settings.minGap()) < 0,
                        "closer than minGap: " + times.get(i - 1) + " and " + time);
            }
            perDay.merge(time.toLocalDate().toString(), 1, Integer::sum);
        }
        perDay.forEach((day, count) -> assertTrue(count <= settings.maxPerDay(), day + ": " + count));
        for (ScheduledTweet tweet : campaign.tweets()) {
            Post post = blog.posts().stream().filter(p -> p.source().equals(tweet.post())).findFirst().orElseThrow();
            assertFalse(tweet.scheduledAt().toInstant().isBefore(post.date().toInstant()), "before its post");
        }
    }

    @Test
    void noTwoTeasersOfASeriesAreNearDuplicatesAndOnlyTheIntroRepeatsTheTitle() {
        Map<String, List<ScheduledTweet>> byPost = new HashMap<>();
        campaign.tweets().forEach(t -> byPost.computeIfAbsent(t.post(), p -> new ArrayList<>()).add(t));
        byPost.forEach((post, tweets) -> {
            for (int i = 0; i < tweets.size(); i++) {
                for (int j = i + 1; j < tweets.size(); j++) {
                    assertFalse(SimilarTeasers.nearDuplicate(tweets.get(i).text(), tweets.get(j).text()),
                            tweets.get(i).text() + " ~ " + tweets.get(j).text());
                }
                if (tweets.get(i).source() != TeaserSource.INTRO && tweets.get(i).source() != TeaserSource.AUTHOR) {
                    assertFalse(SimilarTeasers.repeatsTitle(tweets.get(i).text(), tweets.get(i).postTitle()));
                }
            }
        });
    }

    @Test
    void theAuthorsOwnTeasersComeFirstAfterTheIntro() {
        List<ScheduledTweet> discharge = campaign.tweets().stream()
                .filter(t -> t.post().equals("discharge-medication-reconciliation.md"))
                .sorted((a, b) -> Integer.compare(a.sequence(), b.sequence())).toList();
        assertEquals(TeaserSource.INTRO, discharge.get(0).source());
        assertEquals(TeaserSource.AUTHOR, discharge.get(1).source());
    }

    @Test
    void theSamePostsGiveTheSamePlanByteForByte() {
        Campaign again = new CampaignPlanner(settings, blog.settings().siteUrl(), Log.silent())
                .plan(blog.publishedPosts(), new Problems());
        assertEquals(new CampaignJson().write(campaign), new CampaignJson().write(again));
    }

    @Test
    void removingOnePostKeepsTheOtherPostsIds() {
        List<Post> fewer = blog.publishedPosts().subList(1, blog.publishedPosts().size());
        Campaign smaller = new CampaignPlanner(settings, blog.settings().siteUrl(), Log.silent())
                .plan(fewer, new Problems());
        List<String> before = campaign.tweets().stream()
                .filter(t -> !t.post().equals(blog.publishedPosts().get(0).source())).map(ScheduledTweet::id)
                .sorted().toList();
        assertEquals(before, smaller.tweets().stream().map(ScheduledTweet::id).sorted().toList());
    }
}
