package dev.rounds.campaign;

import dev.rounds.build.BuildFingerprint;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.extract.KeyPointExtractor;
import dev.rounds.campaign.schedule.EvergreenQueue;
import dev.rounds.campaign.schedule.Scheduler;
import dev.rounds.core.Digests;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.guard.ConfidentialityGuard;
import dev.rounds.guard.Confidence;
import dev.rounds.guard.Finding;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.site.Post;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Plans the blog's tweets: a series per published post (not drafts, future posts, {@code campaign: false} or posts
 * before {@code campaignSince}), every link checked against the built site, the post bodies and every teaser checked
 * by the confidentiality guard, then all of them timed together.
 */
public final class CampaignPlanner {

    private final CampaignSettings settings;
    private final String siteUrl;
    private final Log log;
    /**
     * The extractor, the guard and the series writer, made when a post is first planned: ICU's sentence rules and the
     * guard's patterns take a tenth of a second to set up, which a run that finds every plan known does not need.
     */
    private volatile SeriesWriter writer;
    private boolean includeUnpublished;
    private EvergreenSettings evergreen;
    private PlanCache cache = PlanCache.none();
    private Scheduler.Memo slots;

    public CampaignPlanner(CampaignSettings settings, String siteUrl, Log log) {
        this.settings = settings;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        this.log = log;
    }

    /** Turns on the evergreen queue: older posts' teasers re-shared in free slots after {@code evergreen.now()}. */
    public CampaignPlanner withEvergreen(EvergreenSettings evergreen) {
        this.evergreen = evergreen;
        return this;
    }

    /** For previews: drafts and future posts get their series too (the preview marks them). */
    public CampaignPlanner includeUnpublished() {
        includeUnpublished = true;
        return this;
    }

    /**
     * Keeps the last campaign's timing for the next {@link #plan}: when the teasers wish for the times they wished for,
     * the slots are given again without a search (rounds:serve, where one planner plans every save).
     */
    public CampaignPlanner rememberSlots() {
        this.slots = new Scheduler.Memo();
        return this;
    }

    /**
     * Times the campaign through {@code memo}: the slots of the last plan, given again when the teasers wish for the
     * times they wished for (a Maven run reads them from disk, {@link Scheduler.Memo#read}, and writes them after).
     */
    public CampaignPlanner withSlots(Scheduler.Memo memo) {
        this.slots = memo;
        return this;
    }

    /** The campaign settings this planner plans with. */
    public CampaignSettings settings() {
        return settings;
    }

    /**
     * What decides the slots besides the teasers: the posting windows, time zone, gap and daily cap, and the code that
     * times them. A memo of slots holds only under the same key.
     */
    public String slotsKey() {
        return timing(new StringBuilder("rounds-slots-1 ").append(BuildFingerprint.codeOf(Scheduler.class)))
                .toString();
    }

    /** Appends what times the tweets: the posting windows (each one's days in order), zone, gap and daily cap. */
    private StringBuilder timing(StringBuilder text) {
        for (PostingWindow window : settings.windows()) {
            text.append('\u0000').append(new java.util.TreeSet<>(window.days())).append(window.start())
                    .append('-').append(window.end());
        }
        return text.append('\u0000').append(settings.zone().getId()).append(' ').append(rulesVersion(settings.zone()))
                .append(' ').append(settings.minGap()).append(' ').append(settings.maxPerDay());
    }

    /** The version of the time-zone rules the JDK holds for {@code zone} (a JDK update may move its clock changes). */
    private static String rulesVersion(java.time.ZoneId zone) {
        try {
            return java.time.zone.ZoneRulesProvider.getVersions(zone.getId()).lastKey();
        } catch (java.time.zone.ZoneRulesException | java.util.NoSuchElementException fixed) {
            return "fixed";
        }
    }

    /** Keeps each post's plan between builds (a post that did not change is not planned again). */
    public CampaignPlanner withCache(PlanCache cache) {
        this.cache = cache;
        return this;
    }

    /**
     * The key of a campaign: the state of the site it is planned from ({@code siteState}, which covers every post and
     * the clock span the site holds for), every campaign setting, the evergreen queue with its clock, and Rounds'
     * own code. The same key plans the same campaign, so its files need not be written again.
     */
    public String stateKey(String siteState) {
        return dev.rounds.core.Sha256.hex("rounds-campaign-1\u0000" + siteState + "\u0000" + settingsKey());
    }

    /** Every campaign setting, the evergreen queue with its clock, and Rounds' own code: all but the posts. */
    public String settingsKey() {
        StringBuilder text = timing(new StringBuilder(new PlanKeys(settings, siteUrl, mode()).settings()));
        if (evergreen != null) {
            text.append('\u0000').append(evergreen.gap()).append(' ').append(evergreen.horizon()).append(' ')
                    .append(evergreen.now());
        }
        return text.toString();
    }

    /**
     * The key of each post's plan, in order: a plan cache holds a post's plan under it, and the same key always gives
     * the same plan.
     */
    public List<String> planKeys(List<Post> posts) {
        PlanKeys keys = new PlanKeys(settings, siteUrl, mode());
        return posts.parallelStream().map(keys::of).toList();
    }

    /**
     * The key of the campaign that posts with these plans make (with {@link #settingsKey()}): the campaign is a
     * function of each post's path, date and plan, in order, so the same key plans the same tweets.
     *
     * @param planDigests each post's {@link PostPlan#digest()}, in the order of {@code posts}
     */
    public String campaignKey(List<Post> posts, List<String> planDigests) {
        return campaignKey(posts.size(), i -> posts.get(i).source(), i -> posts.get(i).date().toEpochSecond(),
                i -> posts.get(i).date().getNano(), planDigests);
    }

    /** The same key as {@link #campaignKey(List, List)}, for posts known by their path and date alone. */
    public String campaignKeyOf(List<BuiltBlog.Published> posts, List<String> planDigests) {
        return campaignKey(posts.size(), i -> posts.get(i).source(), i -> posts.get(i).epochSecond(),
                i -> posts.get(i).nano(), planDigests);
    }

    private String campaignKey(int size, IntFunction<String> source, IntToLongFunction second, IntUnaryOperator nano,
                               List<String> planDigests) {
        // Each post's path, date (its seconds and nanoseconds: Java 17 makes an ISO text through a formatter, at a
        // kilobyte of garbage a post) and plan digest as pieces of one digest, each written with its length.
        Digests key = new Digests().add("rounds-campaign-plans-2").add(settingsKey())
                .add(Integer.toString(size));
        for (int i = 0; i < size; i++) {
            key.add(source.apply(i)).add(Long.toString(second.applyAsLong(i)))
                    .add(Integer.toString(nano.applyAsInt(i))).add(planDigests.get(i));
        }
        return key.hex();
    }

    /**
     * Plans each post's series on its own (through the cache, if one is set), in parallel.
     *
     * @param keys the posts' {@link #planKeys}, in the same order
     */
    public List<PostPlan> planEach(List<Post> posts, List<String> keys) {
        return IntStream.range(0, posts.size()).parallel()
                .mapToObj(i -> planPost(posts.get(i), keys.get(i), new AtomicInteger())).toList();
    }

    private String mode() {
        return includeUnpublished + "/" + (evergreen != null);
    }

    /**
     * @param posts the published posts (in a preview, all of them); problems collects what the author must see.
     *              Posts are planned in parallel; the result does not depend on the order they finish in.
     */
    public Campaign plan(List<Post> posts, Problems problems) {
        return plan(posts, planKeys(posts), problems);
    }

    /** Likewise, for posts whose {@link #planKeys} are known (in the same order). */
    public Campaign plan(List<Post> posts, List<String> keys, Problems problems) {
        AtomicInteger fresh = new AtomicInteger();
        List<PostPlan> plans = IntStream.range(0, posts.size()).parallel()
                .mapToObj(i -> planPost(posts.get(i), keys.get(i), fresh)).toList();
        cache.planned();
        log.debug("Planned the series of " + fresh.get() + " of " + posts.size() + " posts; the others were unchanged.");
        return campaign(posts.size(), i -> posts.get(i).source(), i -> posts.get(i).date().toInstant(), plans,
                problems);
    }

    /**
     * The campaign of published posts known by their path and date alone, in the site's order, each post's plan
     * taken from the cache under its key ({@code keys}, in the same order): what the campaign after an edit build
     * needs when a plan changed, without making every post. A post whose plan the cache lacks (edited in an earlier
     * run that changed no teaser, whose plan went to the index alone) is made by {@code make} (given the posts' paths)
     * and planned. Empty when {@code make} does not give back each post asked for; the caller then plans from all the
     * posts.
     */
    public Optional<Campaign> planCached(List<BuiltBlog.Published> posts, List<String> keys,
                                         Function<Set<String>, List<Post>> make, Problems problems) {
        List<PostPlan> plans = new ArrayList<>(posts.size());
        Map<String, Integer> missing = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            Optional<PostPlan> plan = cache.get(keys.get(i));
            plans.add(plan.orElse(null));
            if (plan.isEmpty()) {
                missing.put(posts.get(i).source(), i);
            }
        }
        if (!missing.isEmpty()) {
            List<Post> made = make.apply(missing.keySet());
            AtomicInteger fresh = new AtomicInteger();
            for (Post post : made) {
                Integer i = missing.get(post.source());
                if (i != null && plans.get(i) == null) {
                    plans.set(i, planPost(post, keys.get(i), fresh));
                }
            }
            if (plans.contains(null)) {
                return Optional.empty();
            }
        }
        cache.planned();
        log.debug("Planned the campaign from the known series of the " + posts.size() + " published post(s); "
                + missing.size() + " made again, their series not in the plan cache.");
        return Optional.of(campaign(posts.size(), i -> posts.get(i).source(),
                i -> Instant.ofEpochSecond(posts.get(i).epochSecond(), posts.get(i).nano()), plans, problems));
    }

    /** The campaign of the posts' plans, each post given by its path and date. */
    private Campaign campaign(int size, IntFunction<String> source, IntFunction<Instant> date, List<PostPlan> plans,
                              Problems problems) {
        List<Teaser> launch = new ArrayList<>();
        Map<String, List<Teaser>> pool = new LinkedHashMap<>();
        Map<String, Instant> published = new HashMap<>();
        for (int i = 0; i < size; i++) {
            PostPlan plan = plans.get(i);
            problems.addAll(plan.problems());
            if (plan.series().isEmpty()) {
                continue;
            }
            Instant at = date.apply(i);
            if (launches(at)) {
                launch.addAll(plan.series());
            }
            if (evergreen != null) {
                pool.put(source.apply(i), plan.series());
                published.put(source.apply(i), at);
            }
        }
        List<ScheduledTweet> tweets = new ArrayList<>(new Scheduler(settings).schedule(launch, slots));
        if (evergreen != null) {
            tweets.addAll(new EvergreenQueue(settings, evergreen).fill(tweets, pool, published));
            tweets.sort(Comparator.comparing((ScheduledTweet t) -> t.scheduledAt().toInstant())
                    .thenComparing(ScheduledTweet::id));
        }
        Campaign campaign = new Campaign(siteUrl, settings.maxLength(), tweets);
        reportAcknowledged(campaign, problems);
        return campaign;
    }

    private SeriesWriter writer() {
        SeriesWriter made = writer;
        if (made == null) {
            synchronized (this) {
                made = writer;
                if (made == null) {
                    made = new SeriesWriter(settings, siteUrl, new KeyPointExtractor(),
                            new ConfidentialityGuard(URI.create(siteUrl).getHost()));
                    writer = made;
                }
            }
        }
        return made;
    }

    private PostPlan planPost(Post post, String key, AtomicInteger fresh) {
        return cache.get(key).orElseGet(() -> {
            fresh.incrementAndGet();
            Problems own = new Problems();
            checkBody(post, own);
            boolean wanted = tweetable(post) && (launches(post.date().toInstant()) || evergreen != null);
            List<Teaser> series = wanted ? writer().series(post, own) : List.of();
            checkLinks(post, series, own);
            PostPlan plan = new PostPlan(series, own.all());
            cache.put(key, plan);
            return plan;
        });
    }

    /** Whether a post is tweeted at all: not a page, not a draft or future post, not {@code campaign: false}. */
    private boolean tweetable(Post post) {
        return !post.page() && (includeUnpublished || !post.draft() && !post.scheduled())
                && post.frontMatter().campaign();
    }

    /** Whether a post of that date gets a launch series: posts before {@code campaignSince} are the back catalogue. */
    private boolean launches(Instant date) {
        return settings.campaignSince() == null
                || !date.atZone(settings.zone()).toLocalDate().isBefore(settings.campaignSince());
    }

    /** Post bodies: findings are warnings; a high-confidence one fails the build unless acknowledged. */
    private void checkBody(Post post, Problems problems) {
        for (ContentBlock block : post.blocks()) {
            for (Finding finding : writer().guard().scanPost(block.text())) {
                if (post.frontMatter().acknowledged().contains(finding.id())) {
                    continue;
                }
                String message = "Possible patient identifier (" + finding.category().jsonName() + ", finding "
                        + finding.id() + "): \"" + finding.matched() + "\".";
                String fix = finding.suggestion() + " If it is not about a patient, add '- " + finding.id()
                        + "' under 'acknowledged:' in the front matter.";
                if (finding.confidence() == Confidence.HIGH) {
                    problems.error(post.source(), block.line(), message, fix);
                } else {
                    problems.warning(post.source(), block.line(), message, fix);
                }
            }
        }
    }

    /**
     * Every teaser links to its post's page, and to a heading of it when it teases a section. Checked when the
     * series is written, so the problems are kept with the plan and reported again whenever it is used.
     */
    private void checkLinks(Post post, List<Teaser> series, Problems problems) {
        for (Teaser teaser : series) {
            String anchor = TeaserLinks.anchor(teaser.url());
            if (!TeaserLinks.page(teaser.url()).equals(siteUrl + post.route())) {
                problems.error(post.source(), 0, "Teaser " + teaser.id() + " links to " + teaser.url()
                        + ", which is not the post's page.", "This is a Rounds fault; please report it.");
            } else if (!anchor.isEmpty() && !post.hasAnchor(anchor)) {
                problems.error(post.source(), 0, "Teaser " + teaser.id() + " links to #" + anchor
                        + ", which is not a heading of the post.", "Link the teaser to an existing section.");
            }
        }
    }

    /** A warning on every build for each teaser that goes out with an acknowledged finding. */
    private void reportAcknowledged(Campaign campaign, Problems problems) {
        for (ScheduledTweet tweet : campaign.tweets()) {
            for (GuardFinding finding : tweet.findings()) {
                if (finding.acknowledged()) {
                    problems.warning(tweet.post(), 0, "teaser " + tweet.id() + " goes out with acknowledged finding "
                            + finding.id() + " (" + finding.category() + ": \"" + finding.matched() + "\").", "");
                }
            }
        }
    }
}
