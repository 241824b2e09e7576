package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.compose.TweetLength;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.testing.Blogs;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series for posts written by others for Jekyll and Hugo (no headings, a long list of headings, German, emoji, raw
 * HTML, template tags): not only that a series exists, but that each teaser reads as something a clinician would post.
 */
class RealWorldSeriesTest {

    private static final Set<String> CONTEXT_WORDS = Set.of("this", "it", "these", "that", "he", "she", "they",
            "those", "such", "but", "and", "so", "also");

    @TempDir
    Path target;

    @Test
    void everyTeaserStandsAloneAndCarriesNoMarkup() {
        Path posts = Path.of("src/test/resources/realworld").toAbsolutePath();
        BuiltBlog blog = new BlogBuilder(Blogs.postsOnly(posts, target), Log.silent(), getClass().getClassLoader())
                .build();
        Campaign campaign = new CampaignPlanner(CampaignSettings.defaults(ZoneId.of("UTC")), blog.settings().siteUrl(),
                Log.silent()).plan(blog.publishedPosts(), new Problems());

        assertTrue(campaign.tweets().size() >= 2 * blog.publishedPosts().size(), "a series for every post");
        for (ScheduledTweet tweet : campaign.tweets()) {
            String words = tweet.text().substring(0, tweet.text().indexOf(tweet.url())).strip();
            assertTrue(TweetLength.fits(tweet.text(), 140), tweet.text());
            assertFalse(words.isEmpty(), "a teaser says something besides its link: " + tweet.text());
            for (String markup : List.of("{{", "{%", "<", "|", "```", "[^")) {
                assertFalse(words.contains(markup), "markup in " + tweet.text());
            }
            String first = words.split("[\\s,]+")[0].toLowerCase(Locale.ROOT);
            if (tweet.source() != TeaserSource.INTRO && tweet.source() != TeaserSource.AUTHOR) {
                assertFalse(CONTEXT_WORDS.contains(first), "leans on context: " + tweet.text());
                assertFalse(Character.isLowerCase(words.codePointAt(0)), "starts mid-sentence: " + tweet.text());
                assertFalse(words.endsWith(":"), "announces something it does not carry: " + tweet.text());
            }
        }
        long german = campaign.tweets().stream().filter(t -> t.post().contains("deutsch")).count();
        assertTrue(german >= 2, "the German post has a series");
    }
}
