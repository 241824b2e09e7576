package dev.rounds.mojo;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BlogConfig;
import dev.rounds.build.BuildFingerprint;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.EvergreenSettings;
import dev.rounds.campaign.output.CampaignFiles;
import dev.rounds.campaign.output.PlanCacheFile;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.core.RunStamp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.rounds.site.Templates;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Plans the tweet campaign: a series of teasers per published post, timed into posting windows, checked by the
 * confidentiality guard. Writes target/rounds/campaign.json, campaign.csv, campaign.ics and preview/index.html, then
 * fails the build while any teaser is blocked.
 */
@Mojo(name = "campaign", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class CampaignMojo extends AbstractCampaignMojo {

    /** What the last successful plan read and wrote, in the work folder. */
    static final String STAMP = "campaign-stamp.txt";

    /** The plan cache, in the work folder. */
    static final String PLAN_CACHE = "campaign-cache.json";

    /** Skips this goal only. */
    @Parameter(property = "rounds.campaign.skip", defaultValue = "false")
    private boolean skipCampaign;

    @Override
    protected boolean skipGoal() {
        if (skipCampaign) {
            getLog().info("Skipping rounds:campaign: rounds.campaign.skip is true.");
        }
        return skipCampaign;
    }

    @Override
    protected void run(Log log) {
        CampaignSettings settings = campaignSettings();
        BlogConfig config = blogConfig(false);
        BlogBuilder builder = new BlogBuilder(config, log, themeLoader());
        BuiltBlog blog = project.getContextValue(BuildMojo.BUILT_BLOG) instanceof BuiltBlog built ? built : null;
        String siteState = blog != null ? blog.state() : siteState(builder);
        if (siteState == null) {
            blog = builder.build();
            siteState = blog.state();
        }
        CampaignPlanner planner = new CampaignPlanner(settings, config.site().siteUrl(), log);
        EvergreenSettings evergreen = evergreenSettings();
        if (evergreen != null) {
            planner.withEvergreen(evergreen);
        }
        Path work = workDirectory.toPath();
        Path stampFile = work.resolve(STAMP);
        String key = planner.stateKey(siteState);
        Optional<RunStamp> stamp = RunStamp.read(stampFile).filter(last -> incremental)
                .filter(last -> last.holds(key, instant(), work));
        if (stamp.isPresent()) {
            stamp.get().warnings().forEach(warning -> log.warn(warning.describe()));
            log.info("Campaign is up to date: " + stamp.get().summary() + ", nothing changed since the last plan.");
            return;
        }
        RunStamp.delete(stampFile);
        if (blog == null) {
            blog = builder.build();
        }
        Problems problems = new Problems();
        PlanCacheFile cache = PlanCacheFile.open(work.resolve(PLAN_CACHE));
        planner.withCache(cache);
        Campaign campaign = planner.plan(blog.publishedPosts(), problems);
        cache.save();
        log.debug("Campaign cache: " + cache.hits() + " of " + blog.publishedPosts().size() + " posts unchanged.");
        Templates templates = new Templates(templatesDirectory.toPath(), themeLoader());
        CampaignFiles.Written files = new CampaignFiles().write(campaign, work, templates, blog.settings().title(),
                BuildFingerprint.of(config, themeLoader()));
        String summary = campaign.tweets().size() + " tweets in " + files.plan() + "; preview: " + files.preview();
        log.info("Planned " + summary);
        campaign.blocked().forEach(tweet -> problems.error(tweet.post(), 0, "Teaser " + tweet.id() + " is blocked: "
                + tweet.findings().stream().filter(f -> !f.acknowledged())
                        .map(f -> f.category() + " \"" + f.matched() + "\" (" + f.id() + ")").toList()
                + " in \"" + tweet.text() + "\".", "Reword the post, or if it identifies no patient, add the finding "
                + "id under 'acknowledged:' in the post's front matter. See " + files.preview() + "."));
        if (incremental && !problems.hasErrors()) {
            // The key holds the site's clock span (and the evergreen queue's clock), so the plan holds at any time.
            new RunStamp(key, RunStamp.DAWN, RunStamp.NEVER, summary, problems.warnings(), false,
                    RunStamp.snapshotFiles(work, outputs(files))).write(stampFile);
        }
        problems.report(log);
    }

    private static List<String> outputs(CampaignFiles.Written files) {
        List<String> outputs = new ArrayList<>(files.files());
        outputs.add(CampaignFiles.STAMP);
        outputs.add(PLAN_CACHE);
        return outputs;
    }

    /** The site's state as rounds:build left it in this run, or as the last build's stamp holds it, or null. */
    private String siteState(BlogBuilder builder) {
        if (project.getContextValue(BuildMojo.SITE_STATE) instanceof String state) {
            return state;
        }
        return builder.upToDate().map(BlogBuilder::stateOf).orElse(null);
    }
}
