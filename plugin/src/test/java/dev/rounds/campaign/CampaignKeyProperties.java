package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.core.Log;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
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
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.Provide;

/**
 * The campaign key stands for the posts' paths, dates and plan digests, in order: two lists of posts and digests
 * have the same key exactly when they are the same lists (a post left out, moved, or planned otherwise gives another
 * key), whatever characters the digests hold.
 */
class CampaignKeyProperties {

    private static BuiltBlog blog;
    private static Path target;

    @AfterContainer
    static synchronized void deleteTheBlog() {
        if (target != null) {
            FileTrees.delete(target);
            target = null;
            blog = null;
        }
    }

    private static synchronized List<Post> posts() {
        if (blog == null) {
            try {
                target = Files.createTempDirectory("rounds-campaign-key");
                try {
                    blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), target, false), Log.silent(),
                            CampaignKeyProperties.class.getClassLoader()).build();
                } catch (RuntimeException failed) {
                    deleteTheBlog();
                    throw failed;
                }
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return blog.publishedPosts();
    }

    @Property(tries = 300)
    void theSameKeyExactlyForTheSameLists(@ForAll("picks") List<Integer> firstPicks,
                                          @ForAll("digests") List<String> firstDigests,
                                          @ForAll("picks") List<Integer> secondPicks,
                                          @ForAll("digests") List<String> secondDigests) {
        CampaignPlanner planner = new CampaignPlanner(CampaignSettings.defaults(ZoneId.of("Europe/London")),
                "https://example.org/", Log.silent());
        List<Post> first = pick(firstPicks);
        List<Post> second = pick(secondPicks);
        List<String> firstPlans = plans(first, firstDigests);
        List<String> secondPlans = plans(second, secondDigests);

        boolean same = first.equals(second) && firstPlans.equals(secondPlans);
        assertEquals(same, planner.campaignKey(first, firstPlans).equals(planner.campaignKey(second, secondPlans)),
                () -> first.stream().map(Post::source).toList() + " " + firstPlans + " / "
                        + second.stream().map(Post::source).toList() + " " + secondPlans);
        assertEquals(planner.campaignKey(first, firstPlans), planner.campaignKey(List.copyOf(first),
                List.copyOf(firstPlans)), "the same lists again");
    }

    private static List<Post> pick(List<Integer> picks) {
        List<Post> all = posts();
        List<Post> posts = new ArrayList<>();
        picks.forEach(pick -> posts.add(all.get(pick % all.size())));
        return posts;
    }

    private static List<String> plans(List<Post> posts, List<String> digests) {
        List<String> plans = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            plans.add(digests.get(i % digests.size()));
        }
        return plans;
    }

    /** Few posts and short lists, so that two draws are often the same or one apart. */
    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 3).list().ofMaxSize(3);
    }

    /** Plan digests in any characters, often the same, sometimes one running into the next ("ab" + "" vs "a" + "b"). */
    @Provide
    Arbitrary<List<String>> digests() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("", "a", "b", "ab", "\uD83E\uDE7A", "\u00E9"),
                // Any characters but lone surrogates, which UTF-8 cannot carry (they are all written as '?').
                Arbitraries.strings().all().ofMaxLength(4)
                        .filter(made -> made.chars().noneMatch(c -> Character.isSurrogate((char) c))));
        return text.list().ofMinSize(1).ofMaxSize(3);
    }
}
