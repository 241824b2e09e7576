package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.output.CampaignJson;
import dev.rounds.campaign.output.PlanCacheFile;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.testing.Blogs;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan made from the cache is the plan made from scratch; a change of settings is a miss. */
class PlanCacheTest {

    @TempDir
    Path dir;

    private Campaign plan(BuiltBlog blog, CampaignSettings settings, PlanCacheFile cache) {
        Campaign campaign = new CampaignPlanner(settings, blog.settings().siteUrl(), Log.silent()).withCache(cache)
                .plan(blog.publishedPosts(), new Problems());
        cache.save();
        return campaign;
    }

    @Test
    void anInMemoryCacheServesEveryUnchangedPostAtTheNextPlanAndPlansTheSame() {
        BuiltBlog blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), dir.resolve("target"), false), Log.silent(),
                getClass().getClassLoader()).build();
        CampaignSettings settings = CampaignSettings.defaults(ZoneId.of("America/New_York"));
        String fresh = new CampaignJson().write(new CampaignPlanner(settings, blog.settings().siteUrl(), Log.silent())
                .plan(blog.publishedPosts(), new Problems()));
        PlanCache memory = PlanCache.inMemory();
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        PlanCache counting = new PlanCache() {
            @Override
            public java.util.Optional<PostPlan> get(String key) {
                java.util.Optional<PostPlan> plan = memory.get(key);
                plan.ifPresent(found -> hits.incrementAndGet());
                return plan;
            }

            @Override
            public void put(String key, PostPlan plan) {
                memory.put(key, plan);
            }

            @Override
            public void planned() {
                memory.planned();
            }
        };

        for (int round = 0; round < 3; round++) {
            String planned = new CampaignJson().write(new CampaignPlanner(settings, blog.settings().siteUrl(),
                    Log.silent()).withCache(counting).plan(blog.publishedPosts(), new Problems()));
            assertEquals(fresh, planned, "round " + round);
        }
        assertEquals(2 * blog.publishedPosts().size(), hits.get(), "every post from memory after the first plan");
    }

    @Test
    void aCachedPlanIsByteForByteThePlanMadeFromScratch() {
        BuiltBlog blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), dir.resolve("target"), false), Log.silent(),
                getClass().getClassLoader()).build();
        CampaignSettings settings = CampaignSettings.defaults(ZoneId.of("America/New_York"));
        Path file = dir.resolve("campaign-cache");
        String fresh = new CampaignJson().write(plan(blog, settings, PlanCacheFile.open(file)));

        PlanCacheFile second = PlanCacheFile.open(file);
        String cached = new CampaignJson().write(plan(blog, settings, second));
        assertEquals(fresh, cached);
        assertEquals(blog.publishedPosts().size(), second.hits(), "every unchanged post comes from the cache");

        CampaignSettings shorter = new CampaignSettings(120, 2, 5, settings.hashtags(), true, "twitter", "social",
                settings.cadence(), settings.windows(), settings.zone(), settings.minGap(), 4, null);
        PlanCacheFile third = PlanCacheFile.open(file);
        Campaign campaign = plan(blog, shorter, third);
        assertEquals(0, third.hits(), "other settings, other plans");
        assertTrue(campaign.tweets().stream().allMatch(t -> t.weightedLength() <= 120));
    }
}
