package dev.rounds.campaign.output;

import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.PlanCache;
import dev.rounds.campaign.PostPlan;
import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import dev.rounds.site.Post;
import dev.rounds.site.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The campaign preview of rounds:serve, made again after every save: drafts and future posts included and marked.
 * Plans are kept in memory between saves, so only an edited post is planned again; and when every post's plan is what
 * it was at the last save (an edit that changes no teaser), nothing is timed or written, and the last save's problems
 * are said again.
 */
public final class CampaignPreviewStage {

    private final CampaignPlanner planner;
    private final Supplier<Templates> templates;
    private final Supplier<String> templatesKey;
    private final Log log;
    private final PlanCache plans = PlanCache.inMemory();
    /** The preview pages' keys at the last save. */
    private final CampaignPreview.Memo pageKeys = new CampaignPreview.Memo();
    /** Each plan's digest by plan key (a key always gives the same plan). */
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    /**
     * Each post's plan key, by the post object: the memo of rounds:serve keeps an unchanged post's object between
     * saves, and a key is a function of the post alone (with the planner's settings, fixed for the stage).
     */
    private Map<Post, String> keysByPost = new IdentityHashMap<>();
    private Shown lastKey;
    private List<Problem> lastProblems = List.of();

    /**
     * @param planner a planner with the campaign's settings, kept for every save (its preview mode and its in-memory
     *     plan cache are set here)
     * @param templates the preview's templates, made only when the preview is written
     * @param templatesKey what the templates are (their digest)
     */
    public CampaignPreviewStage(CampaignPlanner planner, Supplier<Templates> templates,
                                Supplier<String> templatesKey, Log log) {
        this.planner = planner.includeUnpublished().withCache(plans).rememberSlots();
        this.templates = templates;
        this.templatesKey = templatesKey;
        this.log = log;
    }

    /** What a preview shows: the posts in order with their plans' digests, and the rest of what it is made of. */
    private record Shown(List<Post> posts, List<String> planDigests, String rest) {

        boolean sameAs(Shown last) {
            if (last == null || !rest.equals(last.rest()) || posts.size() != last.posts().size()) {
                return false;
            }
            for (int i = 0; i < posts.size(); i++) {
                Post post = posts.get(i);
                Post before = last.posts().get(i);
                if (post != before && !(post.source().equals(before.source())
                        && post.date().toInstant().equals(before.date().toInstant()))
                        || !planDigests.get(i).equals(last.planDigests().get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private List<String> keysOf(List<Post> posts) {
        List<Post> fresh = posts.stream().filter(post -> !keysByPost.containsKey(post)).toList();
        Iterator<String> freshKeys = planner.planKeys(fresh).iterator();
        Map<Post, String> now = new IdentityHashMap<>(posts.size() * 2);
        List<String> keys = new ArrayList<>(posts.size());
        for (Post post : posts) {
            String key = keysByPost.get(post);
            if (key == null) {
                key = freshKeys.next();
            }
            now.put(post, key);
            keys.add(key);
        }
        keysByPost = now;
        return keys;
    }

    /** Writes the preview of the blog's campaign into the folder (rounds:serve's stage). */
    public synchronized void rebuild(BuiltBlog blog, Path folder) {
        List<Post> posts = blog.posts();
        List<String> keys = keysOf(posts);
        List<PostPlan> each = planner.planEach(posts, keys);
        for (int i = 0; i < posts.size(); i++) {
            PostPlan plan = each.get(i);
            digests.computeIfAbsent(keys.get(i), key -> plan.digest());
        }
        List<String> unpublished = posts.stream().filter(post -> post.draft() || post.scheduled())
                .map(Post::source).toList();
        String templatesKey = this.templatesKey.get();
        // The campaign is a function of each post's path, date and plan, in order, and of the settings (the
        // planner's, fixed here): compared item by item with the last save's rather than digested.
        Shown key = new Shown(posts, keys.stream().map(digests::get).toList(), unpublished + " " + templatesKey + " "
                + blog.settings().title() + " " + folder);
        // A set: retainAll asks the argument about every key, and a list answers in time proportional to its length.
        digests.keySet().retainAll(new HashSet<>(keys));
        // A preview folder deleted while the server runs (mvn clean) is written again even if no plan changed.
        if (key.sameAs(lastKey) && Files.isDirectory(folder)) {
            plans.planned();
            Problems again = new Problems();
            again.addAll(lastProblems);
            again.report(log);
            return;
        }
        lastKey = null;
        Problems problems = new Problems();
        Campaign campaign = planner.plan(posts, keys, problems);
        new CampaignFiles().writePreview(campaign, folder, templates.get(), blog.settings().title(), unpublished,
                templatesKey, pageKeys);
        lastProblems = problems.all();
        lastKey = key;
        problems.report(log);
    }
}
