package dev.rounds.campaign.output;

import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.PostPlan;
import dev.rounds.campaign.schedule.Scheduler;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.core.RunStamp;
import dev.rounds.core.Sha256;
import dev.rounds.core.Soon;
import dev.rounds.core.Timings;
import dev.rounds.site.Post;
import dev.rounds.site.Templates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One run of the campaign stage, as rounds:campaign does it: unless the last plan still holds (the same site state and
 * settings, and its files as it left them; then its warnings are said again and nothing is done), plan the published
 * posts through the plan cache, write the campaign files, and stamp the result. Blocked teasers fail the run after
 * the files are written, so the author can read them in the preview; a failed run leaves no stamp.
 */
public final class CampaignRun {

    /** What the last successful plan read and wrote, in the work folder. */
    public static final String STAMP = "campaign-stamp.txt";

    /** The plan cache's folder, in the work folder ({@link PlanCacheFile}). */
    public static final String PLAN_CACHE = "campaign-cache";

    /** Each plan's digest and the campaign they made, in the work folder ({@link PlanIndex}). */
    public static final String PLAN_INDEX = "campaign-plans.txt";
    /** The last plan's slots with what placed each tweet ({@code Scheduler.Memo}), so a plan that keeps every
     * teaser's wished-for time is not timed again. */
    public static final String SLOTS = "campaign-slots.bin";

    private final CampaignPlanner planner;
    private final Path work;
    private final boolean incremental;
    private final Log log;
    private PlanCacheFile cache;
    private Timings timings = Timings.off();

    /**
     * @param planner the planner, with its settings (and evergreen queue) set
     * @param work Rounds' working folder, where the files, the cache and the stamp go
     * @param incremental whether an unchanged plan is left as it is (off: always planned and written again)
     */
    public CampaignRun(CampaignPlanner planner, Path work, boolean incremental, Log log) {
        this.planner = planner;
        this.work = work;
        this.incremental = incremental;
        this.log = log;
    }

    /** Notes each phase's time on {@code timings} (rounds.timings); the caller reports them. */
    public CampaignRun withTimings(Timings timings) {
        this.timings = timings;
        return this;
    }

    /**
     * @param siteState the state of the site the plan is made from ({@code BlogBuilder.stateOf})
     * @param now the clock
     * @param blog the built blog, asked for only when the plan is made
     * @param templates the preview's templates, made only when the files are written (FreeMarker takes a while to
     *     start, which a run with nothing to do should not pay)
     * @param templatesKey what the preview's templates are, asked for only when the files are written
     */
    public void run(String siteState, Instant now, Supplier<BuiltBlog> blog, Supplier<Templates> templates,
                    Supplier<String> templatesKey) {
        Path stampFile = work.resolve(STAMP);
        String key = planner.stateKey(siteState);
        Optional<RunStamp> last = incremental ? RunStamp.read(stampFile) : Optional.empty();
        Optional<RunStamp> stamp = last.filter(previous -> previous.holds(key, now, work));
        timings.lap("up-to-date check");
        if (stamp.isPresent()) {
            stamp.get().warnings().forEach(warning -> log.warn(warning.describe()));
            log.info("Campaign is up to date: " + stamp.get().summary() + ", nothing changed since the last plan.");
            return;
        }
        BuiltBlog built = blog.get();
        timings.lap("site");
        AfterEdits after = AfterEdits.only(Map.of());
        if (incremental && last.isPresent() && built.edits().isPresent()) {
            after = afterEdits(built.edits().get(), built.settings().title(), last.get(), key, now, templatesKey);
            if (after == null) {
                return;
            }
        }
        // After edits whose plans changed, each post is known by its path, date and plan key, and every plan but the
        // edited posts' is in the cache: the posts themselves are made only if the cache lacks a plan.
        List<BuiltBlog.Published> published = after.planKeys() != null ? built.edits().get().published() : null;
        List<Post> posts = published == null ? built.publishedPosts() : null;
        timings.lap("posts");
        PlanIndex index = after.index() != null ? after.index()
                : incremental ? PlanIndex.read(work.resolve(PLAN_INDEX)) : PlanIndex.empty();
        List<String> planKeys = published != null ? after.planKeys() : planner.planKeys(posts);
        timings.lap("plan keys");
        Map<String, PostPlan> fresh = new HashMap<>(after.plans());
        if (posts != null) {
            fresh.putAll(planUnknown(posts, planKeys, index.with("", digestsOf(after.plans())), posts.size()));
        }
        timings.lap("plan " + fresh.size() + " changed posts");
        PlanIndex known = index.with("", digestsOf(fresh));
        List<String> sources = posts != null ? posts.stream().map(Post::source).toList()
                : published.stream().map(BuiltBlog.Published::source).toList();
        List<String> digests = planKeys.stream().map(planKey -> known.digest(planKey).orElseThrow()).toList();
        String campaignKey = after.campaignKey() != null ? after.campaignKey()
                : planner.campaignKey(posts, digests) + " " + templatesKey.get() + " "
                + Sha256.hex(built.settings().title());
        // Every plan is as it was when the last successful run wrote the files: the tweets are the same, and so are the
        // files and what the author was told. Only the stamp learns the site's new state.
        Optional<RunStamp> same = last.filter(previous -> campaignKey.equals(index.campaignKey()))
                .filter(previous -> previous.holds(previous.key(), now, work));
        if (same.isPresent()) {
            RunStamp previous = same.get();
            known.with(campaignKey, Map.of()).write(work.resolve(PLAN_INDEX), planKeys, sources);
            new RunStamp(key, previous.validFrom(), previous.validUntil(), previous.summary(), previous.warnings(),
                    previous.tree(), previous.outputs()).write(stampFile);
            previous.warnings().forEach(warning -> log.warn(warning.describe()));
            timings.lap("index and stamp");
            log.info("Campaign is unchanged: " + previous.summary() + " (the changed posts' teasers are the same).");
            return;
        }
        RunStamp.delete(stampFile);
        Problems problems = new Problems();
        PlanCacheFile cache = cache();
        fresh.forEach(cache::put);
        Path slotsFile = work.resolve(SLOTS);
        String slotsKey = planner.slotsKey();
        Scheduler.Memo slots = incremental ? Scheduler.Memo.read(slotsFile, slotsKey, planner.settings())
                : new Scheduler.Memo();
        planner.withCache(cache).withSlots(slots);
        Optional<Campaign> cached = posts == null ? planner.planCached(published, planKeys, built::postsOf, problems)
                : Optional.empty();
        Campaign campaign = cached.isPresent() ? cached.get()
                : planner.plan(posts != null ? posts : built.publishedPosts(), planKeys, problems);
        timings.lap("plan the campaign");
        if (incremental) {
            slots.write(slotsFile, slotsKey);
        }
        cache.save();
        timings.lap("plan cache");
        Map<String, String> planDigests = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            planDigests.put(sources.get(i), digests.get(i));
        }
        CampaignFiles.Written files = new CampaignFiles().write(campaign, work, templates.get(), built.settings().title(),
                templatesKey.get(), campaignKey, planDigests);
        timings.lap("campaign files");
        String summary = campaign.tweets().size() + " tweets in " + files.plan() + "; preview: " + files.preview();
        log.info("Planned " + summary);
        campaign.blocked().forEach(tweet -> problems.error(tweet.post(), 0, "Teaser " + tweet.id() + " is blocked: "
                + tweet.findings().stream().filter(f -> !f.acknowledged())
                        .map(f -> f.category() + " \"" + f.matched() + "\" (" + f.id() + ")").toList()
                + " in \"" + tweet.text() + "\".", "Reword the post, or if it identifies no patient, add the finding "
                + "id under 'acknowledged:' in the post's front matter. See " + files.preview() + "."));
        if (incremental) {
            known.with(problems.hasErrors() ? "" : campaignKey, Map.of()).write(work.resolve(PLAN_INDEX), planKeys,
                    sources);
        }
        if (incremental && !problems.hasErrors()) {
            // The key holds the site's clock span (and the evergreen queue's clock), so the plan holds at any time.
            List<String> outputs = new ArrayList<>(files.files());
            outputs.add(CampaignFiles.STAMP);
            outputs.addAll(PlanCacheFile.files(work.resolve(PLAN_CACHE)));
            new RunStamp(key, RunStamp.DAWN, RunStamp.NEVER, summary, problems.warnings(), false,
                    RunStamp.snapshotFiles(work, outputs)).write(stampFile);
        }
        timings.lap("index and stamp");
        problems.report(log);
    }

    /**
     * After a build of edits to posts' bodies alone ({@link BuiltBlog#edits()}), made on the site the last run planned:
     * plans the edited published posts whose plan key is new, and takes every other post's key from the index (its
     * file, head and settings are those the key was made of). When every plan is as it was, the campaign is the
     * last one: the index and the stamp are written, as the full run would, without making the other posts.
     *
     * @return null when that was so (the run is done); otherwise the plans made, by plan key, for the full run, with
     *     every published post's plan key and the index when each key is known
     */
    private AfterEdits afterEdits(BuiltBlog.Edits edits, String title, RunStamp last, String key,
                                             Instant now, Supplier<String> templatesKey) {
        if (!last.key().equals(planner.stateKey(edits.previousState()))) {
            return AfterEdits.only(Map.of());
        }
        List<BuiltBlog.Published> published = edits.published();
        List<Post> edited = new ArrayList<>();
        for (BuiltBlog.Published post : published) {
            Post made = edits.edited().get(post.source());
            if (made != null) {
                edited.add(made);
            }
        }
        List<String> editedKeys = planner.planKeys(edited);
        // An edited post's key is new (it holds the digest of the post's file), so its plan is made on a thread of its
        // own at once, while the index is read.
        Soon<List<PostPlan>> planning = Soon.make(() -> planner.planEach(edited, editedKeys));
        PlanIndex index = PlanIndex.read(work.resolve(PLAN_INDEX));
        Map<String, String> keyOf = new HashMap<>();
        for (int i = 0; i < edited.size(); i++) {
            keyOf.put(edited.get(i).source(), editedKeys.get(i));
        }
        List<String> planKeys = new ArrayList<>(published.size());
        List<String> sources = new ArrayList<>(published.size());
        for (BuiltBlog.Published post : published) {
            String planKey = keyOf.getOrDefault(post.source(), index.keyBySource().get(post.source()));
            if (planKey == null) {
                // The full run plans from here, with the plans made so far (none may still be in the making).
                return AfterEdits.only(plansOf(editedKeys, planning.get()));
            }
            planKeys.add(planKey);
            sources.add(post.source());
        }
        timings.lap("plan keys of " + edited.size() + " edited posts");
        List<PostPlan> plans = planning.get();
        Map<String, PostPlan> fresh = new HashMap<>();
        for (int i = 0; i < edited.size(); i++) {
            if (index.digest(editedKeys.get(i)).isEmpty()) {
                fresh.put(editedKeys.get(i), plans.get(i));
            }
        }
        timings.lap("plan " + fresh.size() + " edited posts");
        PlanIndex known = index.with("", digestsOf(fresh));
        List<String> planDigests = new ArrayList<>(planKeys.size());
        for (String planKey : planKeys) {
            Optional<String> digest = known.digest(planKey);
            if (digest.isEmpty()) {
                return AfterEdits.only(fresh);
            }
            planDigests.add(digest.get());
        }
        String campaignKey = planner.campaignKeyOf(published, planDigests) + " " + templatesKey.get() + " "
                + Sha256.hex(title);
        if (!campaignKey.equals(index.campaignKey()) || !last.holds(last.key(), now, work)) {
            return new AfterEdits(fresh, planKeys, index, campaignKey);
        }
        known.with(campaignKey, Map.of()).write(work.resolve(PLAN_INDEX), planKeys, sources);
        new RunStamp(key, last.validFrom(), last.validUntil(), last.summary(), last.warnings(), last.tree(),
                last.outputs()).write(work.resolve(STAMP));
        last.warnings().forEach(warning -> log.warn(warning.describe()));
        timings.lap("index and stamp");
        log.info("Campaign is unchanged: " + last.summary() + " (the changed posts' teasers are the same).");
        return null;
    }

    /**
     * What the campaign after an edit build learnt: the plans it made, by plan key; and, when it knew every published
     * post's plan key (in the site's order), those keys, the index it read and the key of the campaign they make.
     */
    private record AfterEdits(Map<String, PostPlan> plans, List<String> planKeys, PlanIndex index,
                              String campaignKey) {

        /** The plans made, without the posts' keys (the full run finds them). */
        static AfterEdits only(Map<String, PostPlan> plans) {
            return new AfterEdits(plans, null, null, null);
        }
    }

    private static Map<String, PostPlan> plansOf(List<String> keys, List<PostPlan> plans) {
        Map<String, PostPlan> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), plans.get(i));
        }
        return byKey;
    }

    private static Map<String, String> digestsOf(Map<String, PostPlan> plans) {
        Map<String, String> digests = new HashMap<>();
        plans.forEach((planKey, plan) -> digests.put(planKey, plan.digest()));
        return digests;
    }

    /**
     * Plans the posts whose plan the index does not know (new and changed posts; every post when there is no index),
     * without reading the plan cache: a plan that is made is kept for the cache.
     *
     * @param blogSize how many posts the campaign has (when most are unknown, the cache is read after all)
     */
    private Map<String, PostPlan> planUnknown(List<Post> posts, List<String> planKeys, PlanIndex index, int blogSize) {
        List<Post> unknown = new ArrayList<>();
        List<String> unknownKeys = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (index.digest(planKeys.get(i)).isEmpty()) {
                unknown.add(posts.get(i));
                unknownKeys.add(planKeys.get(i));
            }
        }
        if (unknown.isEmpty()) {
            return Map.of();
        }
        List<PostPlan> plans = unknown.size() * 2 > blogSize
                // Most of the blog is new to the index: the cache may still know them (a lost index).
                ? planner.withCache(cache()).planEach(unknown, unknownKeys)
                : planner.planEach(unknown, unknownKeys);
        Map<String, PostPlan> fresh = new HashMap<>();
        for (int i = 0; i < unknown.size(); i++) {
            fresh.put(unknownKeys.get(i), plans.get(i));
        }
        return fresh;
    }

    /** The plan cache, read when first needed (it is the largest file Rounds reads). */
    private PlanCacheFile cache() {
        if (cache == null) {
            cache = PlanCacheFile.open(work.resolve(PLAN_CACHE));
        }
        return cache;
    }
}
