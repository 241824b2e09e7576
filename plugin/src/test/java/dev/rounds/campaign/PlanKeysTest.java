package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rounds.build.BlogBuilder;
import dev.rounds.core.Log;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan key names one post under one set of campaign settings: the same again, another for any other. */
class PlanKeysTest {

    private static final CampaignSettings SETTINGS = CampaignSettings.defaults(ZoneId.of("Europe/London"));

    @TempDir
    Path temp;

    @Test
    void eachPostAndEachSettingHasItsOwnKey() {
        List<Post> posts = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), temp, false), Log.silent(),
                getClass().getClassLoader()).build().publishedPosts();
        PlanKeys keys = new PlanKeys(SETTINGS, "https://example.org/", "false/false");
        List<String> made = posts.stream().map(keys::of).toList();

        assertEquals(posts.size(), new HashSet<>(made).size(), "one key a post");
        assertEquals(made, posts.stream().map(new PlanKeys(SETTINGS, "https://example.org/", "false/false")::of)
                .toList(), "the same keys again");
        assertNotEquals(made.get(0), new PlanKeys(SETTINGS, "https://example.net/", "false/false").of(posts.get(0)));
        assertNotEquals(made.get(0), new PlanKeys(SETTINGS, "https://example.org/", "true/false").of(posts.get(0)));
        CampaignSettings shorter = new CampaignSettings(120, SETTINGS.maxHashtags(), SETTINGS.maxTeasersPerPost(),
                SETTINGS.hashtags(), SETTINGS.utm(), SETTINGS.utmSource(), SETTINGS.utmMedium(), SETTINGS.cadence(),
                SETTINGS.windows(), SETTINGS.zone(), SETTINGS.minGap(), SETTINGS.maxPerDay(),
                SETTINGS.campaignSince());
        assertNotEquals(made.get(0), new PlanKeys(shorter, "https://example.org/", "false/false").of(posts.get(0)));
        Post first = posts.get(0);
        Post retitled = new Post(first.source(), first.page(), first.title() + "!", first.slug(), first.route(),
                first.path(), first.url(), first.date(), first.updated(), first.published(), first.modified(),
                first.draft(), first.scheduled(), first.tags(), first.body(), first.coverUrl(), first.lang(),
                first.author(), first.reviewer(), first.references(), first.frontMatter(), first.digest(),
                first.headDigest());
        assertNotEquals(made.get(0), keys.of(retitled), "another title");
        Post later = new Post(first.source(), first.page(), first.title(), first.slug(), first.route(),
                first.path(), first.url(), first.date().plusNanos(1), first.updated(), first.published(),
                first.modified(), first.draft(), first.scheduled(), first.tags(), first.body(), first.coverUrl(),
                first.lang(), first.author(), first.reviewer(), first.references(), first.frontMatter(),
                first.digest(), first.headDigest());
        assertNotEquals(made.get(0), keys.of(later), "a nanosecond later");
    }
}
