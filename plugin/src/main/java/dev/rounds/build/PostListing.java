package dev.rounds.build;

import dev.rounds.core.Problem;
import dev.rounds.site.Post;
import dev.rounds.site.SiteView;
import dev.rounds.site.TagRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build made of its posts' heads: which are listed and in what order, which are pages, each tag's posts, the
 * site's view, the span of clock time the result holds for, and what the check of their paths found. All of it
 * follows from the heads ({@link Post#headDigest()}: path, front matter, clock flags) and the build's settings, so
 * rounds:serve carries it to the next build when every post has the head it had (the usual save: a sentence more in
 * a body), taking the new post objects in the old places, instead of sorting, grouping and checking 10,000 posts
 * again.
 *
 * @param key the build's settings, theme and code, clock and credibility settings
 * @param heads each post's head digest, in the build's order of posts
 * @param listed the listed posts' places in that order, in listed order
 * @param pages the pages' places, in order
 * @param tags each tag with its posts' places in {@code listed}
 * @param view the site's view (its tags and years)
 * @param span the clock span the result holds for
 * @param routeProblems what the check of the posts' paths and aliases found
 */
record PostListing(String key, List<String> heads, int[] listed, int[] pages, Map<TagRef, int[]> tags,
                   SiteView view, Instant[] span, List<Problem> routeProblems) {

    /** The listing of a build, from what it worked out for its posts in order {@code all}; null if not carried. */
    static PostListing of(String key, List<Post> all, List<Post> listed, List<Post> pages,
                          Map<TagRef, List<Post>> tags, SiteView view, Instant[] span, List<Problem> routeProblems) {
        List<String> heads = new ArrayList<>(all.size());
        Map<Post, Integer> places = new IdentityHashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            Post post = all.get(i);
            if (post.headDigest() == null) {
                return null; // a head that cannot be compared: every build works it out
            }
            heads.add(post.headDigest());
            places.put(post, i);
        }
        Map<Post, Integer> listedPlaces = new IdentityHashMap<>(listed.size() * 2);
        for (int i = 0; i < listed.size(); i++) {
            listedPlaces.put(listed.get(i), i);
        }
        Map<TagRef, int[]> tagPlaces = new LinkedHashMap<>();
        tags.forEach((tag, posts) -> tagPlaces.put(tag, places(posts, listedPlaces)));
        return new PostListing(key, List.copyOf(heads), places(listed, places), places(pages, places),
                tagPlaces, view, span.clone(), List.copyOf(routeProblems));
    }

    private static int[] places(List<Post> posts, Map<Post, Integer> places) {
        int[] at = new int[posts.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = places.get(posts.get(i));
        }
        return at;
    }

    /** Whether this listing holds for these posts: the same settings, and the same heads in the same order. */
    boolean holdsFor(String currentKey, List<Post> all) {
        if (!key.equals(currentKey) || all.size() != heads.size()) {
            return false;
        }
        for (int i = 0; i < heads.size(); i++) {
            String head = all.get(i).headDigest();
            if (head == null || !head.equals(heads.get(i))) {
                return false;
            }
        }
        return true;
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
