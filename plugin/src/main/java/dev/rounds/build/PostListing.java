package dev.rounds.build;

import dev.rounds.core.Problem;
import dev.rounds.site.Post;
import dev.rounds.site.SiteView;
import dev.rounds.site.TagRef;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a build made of its posts' places: which are listed and in what order, which are pages, each tag's posts, the
 * site's view, the span of clock time the result holds for, and what the check of their paths found. All of it
 * follows from each post's place (its path, route, date, flags, tags, aliases, publish and expiry dates) and the
 * build's settings, so rounds:serve carries it to the next build when every post has the place it had (the usual
 * save: a sentence more in a body, or a new title), taking the new post objects in the old places, instead of sorting,
 * grouping and checking 10,000 posts again.
 *
 * @param key the build's settings, theme and code, clock and credibility settings
 * @param posts the build's posts, in its order
 * @param listed the listed posts' places in that order, in listed order
 * @param pages the pages' places, in order
 * @param tags each tag with its posts' places in {@code listed}
 * @param view the site's view (its tags and years)
 * @param span the clock span the result holds for
 * @param routeProblems what the check of the posts' paths and aliases found
 */
record PostListing(String key, List<Post> posts, int[] listed, int[] pages, Map<TagRef, int[]> tags,
                   SiteView view, Instant[] span, List<Problem> routeProblems) {

    /** The listing of a build, from what it worked out for its posts in order {@code all}. */
    static PostListing of(String key, List<Post> all, List<Post> listed, List<Post> pages,
                          Map<TagRef, List<Post>> tags, SiteView view, Instant[] span, List<Problem> routeProblems) {
        Map<Post, Integer> places = new IdentityHashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            places.put(all.get(i), i);
        }
        Map<Post, Integer> listedPlaces = new IdentityHashMap<>(listed.size() * 2);
        for (int i = 0; i < listed.size(); i++) {
            listedPlaces.put(listed.get(i), i);
        }
        Map<TagRef, int[]> tagPlaces = new LinkedHashMap<>();
        tags.forEach((tag, posts) -> tagPlaces.put(tag, places(posts, listedPlaces)));
        return new PostListing(key, List.copyOf(all), places(listed, places), places(pages, places),
                tagPlaces, view, span.clone(), List.copyOf(routeProblems));
    }

    private static int[] places(List<Post> posts, Map<Post, Integer> places) {
        int[] at = new int[posts.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = places.get(posts.get(i));
        }
        return at;
    }

    /**
     * Whether this listing holds for these posts: the same settings, and posts in the same places in the same order.
     * (A build whose check of paths found an error stops before it leaves a listing, so a listing's route problems are
     * none.)
     */
    boolean holdsFor(String currentKey, List<Post> all) {
        if (!key.equals(currentKey) || all.size() != posts.size()) {
            return false;
        }
        for (int i = 0; i < posts.size(); i++) {
            if (!samePlace(posts.get(i), all.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two posts have one place: what listing, ordering, grouping, the clock span and path checks read. */
    static boolean samePlace(Post before, Post now) {
        if (before == now) {
            return true;
        }
        return before.source().equals(now.source()) && before.page() == now.page()
                && before.route().equals(now.route()) && Objects.equals(before.date(), now.date())
                && before.draft() == now.draft() && before.scheduled() == now.scheduled()
                && before.tags().equals(now.tags())
                && before.frontMatter().aliases().equals(now.frontMatter().aliases())
                && Objects.equals(before.frontMatter().publishDate(), now.frontMatter().publishDate())
                && Objects.equals(before.frontMatter().expiryDate(), now.frontMatter().expiryDate());
    }

    /** This listing for the posts of the build it was carried into (each in the place of the one it replaces). */
    PostListing carriedTo(List<Post> all) {
        return new PostListing(key, List.copyOf(all), listed, pages, tags, view, span, routeProblems);
    }

    /** The listed posts, taken from {@code all} in their places. */
    List<Post> listed(List<Post> all) {
        return take(all, listed);
    }

    /** The pages, taken from {@code all}. */
    List<Post> pages(List<Post> all) {
        return take(all, pages);
    }

    /** Each tag's posts, taken from {@code listed}; the tags themselves are the very same. */
    Map<TagRef, List<Post>> tags(List<Post> listedPosts) {
        Map<TagRef, List<Post>> taken = new LinkedHashMap<>();
        tags.forEach((tag, places) -> taken.put(tag, take(listedPosts, places)));
        return taken;
    }

    private static List<Post> take(List<Post> from, int[] places) {
        Post[] taken = new Post[places.length];
        for (int i = 0; i < places.length; i++) {
            taken[i] = from.get(places[i]);
        }
        return List.of(taken);
    }
}
