package dev.rounds.campaign.output;

import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.core.RunStamp;
import dev.rounds.site.Templates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** The plan cache, in the work folder. */
    public static final String PLAN_CACHE = "campaign-cache.json";

    private final CampaignPlanner planner;
    private final Path work;
    private final boolean incremental;
    private final Log log;

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
        Optional<RunStamp> stamp = incremental ? RunStamp.read(stampFile).filter(last -> last.holds(key, now, work))
                : Optional.empty();
        if (stamp.isPresent()) {
            stamp.get().warnings().forEach(warning -> log.warn(warning.describe()));
            log.info("Campaign is up to date: " + stamp.get().summary() + ", nothing changed since the last plan.");
            return;
        }
        RunStamp.delete(stampFile);
        BuiltBlog built = blog.get();
        Problems problems = new Problems();
        PlanCacheFile cache = PlanCacheFile.open(work.resolve(PLAN_CACHE));
        Campaign campaign = planner.withCache(cache).plan(built.publishedPosts(), problems);
        cache.save();
        CampaignFiles.Written files = new CampaignFiles().write(campaign, work, templates.get(), built.settings().title(),
                templatesKey.get());
        String summary = campaign.tweets().size() + " tweets in " + files.plan() + "; preview: " + files.preview();
        log.info("Planned " + summary);
        campaign.blocked().forEach(tweet -> problems.error(tweet.post(), 0, "Teaser " + tweet.id() + " is blocked: "
                + tweet.findings().stream().filter(f -> !f.acknowledged())
                        .map(f -> f.category() + " \"" + f.matched() + "\" (" + f.id() + ")").toList()
                + " in \"" + tweet.text() + "\".", "Reword the post, or if it identifies no patient, add the finding "
                + "id under 'acknowledged:' in the post's front matter. See " + files.preview() + "."));
        if (incremental && !problems.hasErrors()) {
            // The key holds the site's clock span (and the evergreen queue's clock), so the plan holds at any time.
            List<String> outputs = new ArrayList<>(files.files());
            outputs.add(CampaignFiles.STAMP);
            outputs.add(PLAN_CACHE);
            new RunStamp(key, RunStamp.DAWN, RunStamp.NEVER, summary, problems.warnings(), false,
                    RunStamp.snapshotFiles(work, outputs)).write(stampFile);
        }
        problems.report(log);
    }
}
