package dev.rounds.build;

import dev.rounds.site.Post;
import dev.rounds.site.SiteSettings;
import java.util.List;

/**
 * What a build made, for the stages after it (the campaign, the preview server).
 *
 * @param settings the site settings it was built with
 * @param posts the listed posts, newest first (in a preview build, drafts and future posts too)
 * @param pages the dateless pages
 * @param written files written to the output folder
 * @param unchanged files that already had the same bytes
 * @param deleted files removed because no post makes them any more
 * @param state the key of the site's inputs and the clock span the result holds for; the campaign's own stamp
 *     builds on it
 */
public record BuiltBlog(SiteSettings settings, List<Post> posts, List<Post> pages, int written, int unchanged,
                        int deleted, String state) {
    public BuiltBlog {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
    }

    /** Posts that are published: not drafts, not future or expired. The campaign's posts. */
    public List<Post> publishedPosts() {
        return posts.stream().filter(post -> !post.draft() && !post.scheduled()).toList();
    }
}
