package dev.rounds.mojo;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BlogConfig;
import dev.rounds.build.BuildFingerprint;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.EvergreenSettings;
import dev.rounds.campaign.output.CampaignRun;
import dev.rounds.core.Log;
import dev.rounds.core.Timings;
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
        Timings timings = timings();
        try {
            plan(log, timings);
        } finally {
            timings.report(log, "rounds:campaign");
        }
    }

    private void plan(Log log, Timings timings) {
        CampaignSettings settings = campaignSettings();
        BlogConfig config = blogConfig(false);
        BlogBuilder builder = new BlogBuilder(config, log, themeLoader()).withTimings(timings);
        BuiltBlog built = project.getContextValue(BuildMojo.BUILT_BLOG) instanceof BuiltBlog blog ? blog : null;
        String siteState = built != null ? built.state() : siteState(builder);
        if (siteState == null) {
            built = builder.build();
            siteState = built.state();
        }
        CampaignPlanner planner = new CampaignPlanner(settings, config.site().siteUrl(), log);
        EvergreenSettings evergreen = evergreenSettings();
        if (evergreen != null) {
            planner.withEvergreen(evergreen);
        }
        timings.lap("planner");
        BuiltBlog known = built;
        new CampaignRun(planner, workDirectory.toPath(), incremental, log).withTimings(timings).run(siteState,
                instant(), () -> known != null ? known : builder.build(),
                () -> new Templates(templatesDirectory.toPath(), themeLoader()),
                () -> BuildFingerprint.of(config, themeLoader()));
    }

    /** The site's state as rounds:build left it in this run, or as the last build's stamp holds it, or null. */
    private String siteState(BlogBuilder builder) {
        if (project.getContextValue(BuildMojo.SITE_STATE) instanceof String state) {
            return state;
        }
        return builder.upToDate().map(BlogBuilder::stateOf).orElse(null);
    }
}
