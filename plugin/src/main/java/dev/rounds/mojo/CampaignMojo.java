package dev.rounds.mojo;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.EvergreenSettings;
import dev.rounds.campaign.output.CampaignFiles;
import dev.rounds.campaign.output.PlanCacheFile;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
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
        BuiltBlog blog = builtBlog(log);
        Problems problems = new Problems();
        PlanCacheFile cache = PlanCacheFile.open(workDirectory.toPath().resolve("campaign-cache.json"));
        CampaignPlanner planner = new CampaignPlanner(settings, blog.settings().siteUrl(), log).withCache(cache);
        EvergreenSettings evergreen = evergreenSettings();
        if (evergreen != null) {
            planner.withEvergreen(evergreen);
        }
        Campaign campaign = planner.plan(blog.publishedPosts(), problems);
        cache.save();
        log.debug("Campaign cache: " + cache.hits() + " of " + blog.publishedPosts().size() + " posts unchanged.");
        Templates templates = new Templates(templatesDirectory.toPath(), themeLoader());
        CampaignFiles.Written files = new CampaignFiles().write(campaign, workDirectory.toPath(), templates,
                blog.settings().title());
        log.info("Planned " + campaign.tweets().size() + " tweets: " + files.plan() + "; preview: " + files.preview());
        campaign.blocked().forEach(tweet -> problems.error(tweet.post(), 0, "Teaser " + tweet.id() + " is blocked: "
                + tweet.findings().stream().filter(f -> !f.acknowledged())
                        .map(f -> f.category() + " \"" + f.matched() + "\" (" + f.id() + ")").toList()
                + " in \"" + tweet.text() + "\".", "Reword the post, or if it identifies no patient, add the finding "
                + "id under 'acknowledged:' in the post's front matter. See " + files.preview() + "."));
        problems.report(log);
    }

    /** The blog rounds:build made in this run, or a fresh build (which rewrites only site files that changed). */
    private BuiltBlog builtBlog(Log log) {
        Object cached = project.getContextValue(BuildMojo.BUILT_BLOG);
        if (cached instanceof BuiltBlog blog) {
            return blog;
        }
        return new BlogBuilder(blogConfig(false), log, themeLoader()).build();
    }

}
