package dev.rounds.build;

import dev.rounds.site.Post;
import dev.rounds.site.SiteSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a build made, for the stages after it (the campaign, the preview server). A build that only rendered a few
 * edited posts ({@link #edits()}) makes the others' {@link Post}s when {@link #posts()} or {@link #pages()} is first
 * asked for.
 */
public final class BuiltBlog {

    private final SiteSettings settings;
    private final Supplier<Posts> whole;
    private final Function<Set<String>, List<Post>> some;
    private Posts posts;
    private final int written;
    private final int unchanged;
    private final int deleted;
    private final String state;
    private final Edits edits;

    /** The listed posts, newest first, and the dateless pages. */
    record Posts(List<Post> listed, List<Post> pages) {
        Posts {
            listed = List.copyOf(listed);
            pages = List.copyOf(pages);
        }
    }

    /**
     * @param settings the site settings it was built with
     * @param posts the listed posts, newest first (in a preview build, drafts and future posts too)
     * @param pages the dateless pages
     * @param written files written to the output folder
     * @param unchanged files that already had the same bytes
     * @param deleted files removed because no post makes them any more
     * @param state the key of the site's inputs and the clock span the result holds for; the campaign's own stamp
     *     builds on it
     */
    public BuiltBlog(SiteSettings settings, List<Post> posts, List<Post> pages, int written, int unchanged,
                     int deleted, String state) {
        this(settings, null, null, new Posts(posts, pages), written, unchanged, deleted, state, null);
    }

    /**
     * A blog whose posts are made when first asked for, after a build of a few edited posts.
     *
     * @param some makes the posts at the given paths under the posts folder alone
     */
    BuiltBlog(SiteSettings settings, Supplier<Posts> whole, Function<Set<String>, List<Post>> some, int written,
              int unchanged, int deleted, String state, Edits edits) {
        this(settings, whole, some, null, written, unchanged, deleted, state, edits);
    }

    private BuiltBlog(SiteSettings settings, Supplier<Posts> whole, Function<Set<String>, List<Post>> some,
                      Posts posts, int written, int unchanged, int deleted, String state, Edits edits) {
        this.settings = settings;
        this.whole = whole;
        this.some = some;
        this.posts = posts;
        this.written = written;
        this.unchanged = unchanged;
        this.deleted = deleted;
        this.state = state;
        this.edits = edits;
    }

    /**
     * What a build that rendered only some edited posts' pages knows without making every post: enough for the
     * campaign to find out whether any plan changed.
     *
     * @param previousState the state of the site the last build left ({@link BlogBuilder#stateOf}), which the edits
     *     are made on
     * @param published the published posts in the site's order (newest first)
     * @param edited the edited posts, by their path under the posts folder (those published among them are the only
     *     posts whose plan can have changed)
     */
    public record Edits(String previousState, List<Published> published, Map<String, Post> edited) {
        public Edits {
            published = List.copyOf(published);
            edited = Map.copyOf(edited);
        }
    }

    /**
     * A published post as the campaign orders it.
     *
     * @param source its path under the posts folder
     * @param epochSecond its date's seconds since the epoch
     * @param nano its date's nanoseconds
     */
    public record Published(String source, long epochSecond, int nano) {
    }

    public SiteSettings settings() {
        return settings;
    }

    /** The listed posts, newest first (in a preview build, drafts and future posts too). */
    public List<Post> posts() {
        return whole().listed();
    }

    /** The dateless pages. */
    public List<Post> pages() {
        return whole().pages();
    }

    private synchronized Posts whole() {
        if (posts == null) {
            posts = whole.get();
        }
        return posts;
    }

    public int written() {
        return written;
    }

    public int unchanged() {
        return unchanged;
    }

    public int deleted() {
        return deleted;
    }

    /** The key of the site's inputs and the clock span the result holds for. */
    public String state() {
        return state;
    }

    /** After a build that rendered only some edited posts: what it knows without making the others. */
    public Optional<Edits> edits() {
        return Optional.ofNullable(edits);
    }

    /**
     * The posts at these paths under the posts folder: after a build of a few edited posts, made alone when the
     * others are not made yet.
     */
    public List<Post> postsOf(Set<String> sources) {
        synchronized (this) {
            if (posts == null && some != null) {
                return some.apply(sources);
            }
        }
        List<Post> found = new ArrayList<>();
        for (List<Post> kind : List.of(posts(), pages())) {
            kind.stream().filter(post -> sources.contains(post.source())).forEach(found::add);
        }
        return found;
    }

    /** Posts that are published: not drafts, not future or expired. The campaign's posts. */
    public List<Post> publishedPosts() {
        return posts().stream().filter(post -> !post.draft() && !post.scheduled()).toList();
    }
}
