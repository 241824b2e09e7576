package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.core.Log;
import dev.rounds.core.Sha256;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The campaign key is digested a few kilobytes at a time; it must be the digest of the whole text it stands for
 * (the settings, then each post's path, date and plan digest, in order), wherever a chunk ends and whatever
 * characters the text holds.
 */
class CampaignKeyProperties {

    private static BuiltBlog blog;

    private static synchronized List<Post> posts() {
        if (blog == null) {
            try {
                Path target = Files.createTempDirectory("rounds-campaign-key");
                blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), target, false), Log.silent(),
                        CampaignKeyProperties.class.getClassLoader()).build();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return blog.publishedPosts();
    }

    @Property(tries = 200)
    void theKeyIsTheDigestOfTheWholeText(@ForAll("picks") List<Integer> picks,
                                         @ForAll("digests") List<String> digests) {
        List<Post> all = posts();
        List<Post> posts = new ArrayList<>();
        List<String> planDigests = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            posts.add(all.get(picks.get(i) % all.size()));
            planDigests.add(digests.get(i % digests.size()));
        }
        CampaignPlanner planner = new CampaignPlanner(CampaignSettings.defaults(ZoneId.of("Europe/London")),
                "https://example.org/", Log.silent());

        StringBuilder whole = new StringBuilder("rounds-campaign-plans-1\u0000").append(planner.settingsKey());
        for (int i = 0; i < posts.size(); i++) {
            whole.append('\u0000').append(posts.get(i).source()).append(' ')
                    .append(posts.get(i).date().toInstant()).append(' ').append(planDigests.get(i));
        }
        assertEquals(Sha256.hex(whole.toString()), planner.campaignKey(posts, planDigests));
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(300);
    }

    /** Plan digests of any length (up to several chunks), in any characters, surrogate pairs among them. */
    @Provide
    Arbitrary<List<String>> digests() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', 'f').ofMinLength(0).ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(3000),
                Arbitraries.of("\uD83E\uDE7A", "\u00E9t\u00E9", "\u4E2D").list().ofMaxSize(400)
                        .map(parts -> String.join("", parts)));
        return text.list().ofMinSize(1).ofMaxSize(20);
    }
}
