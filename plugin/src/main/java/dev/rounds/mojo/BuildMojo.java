package dev.rounds.mojo;

import dev.rounds.build.BlogBuilder;
import dev.rounds.campaign.CampaignWarmUp;
import dev.rounds.core.Log;
import dev.rounds.core.Timings;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Renders the blog: post pages, lists, tags, archive, feed, sitemap, static files. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractRoundsMojo {

    /** Where the built blog is kept in the project's context, so rounds:campaign does not read the posts again. */
    static final String BUILT_BLOG = "rounds.builtBlog";

    /** Where the site's state (inputs and clock span) is kept, so rounds:campaign knows whether its plan holds. */
    static final String SITE_STATE = "rounds.siteState";

    /** Skips this goal only. */
    @Parameter(property = "rounds.build.skip", defaultValue = "false")
    private boolean skipBuild;

    /**
     * Whether a build with pages to make runs a made-up post through flexmark and the campaign's libraries on spare
     * threads while it reads the posts, so that the post's page and the rounds:campaign that follows start warm.
     */
    @Parameter(property = "rounds.warmUp", defaultValue = "true")
    private boolean warmUp;

    @Override
    protected boolean skipGoal() {
        if (skipBuild) {
            getLog().info("Skipping rounds:build: rounds.build.skip is true.");
        }
        return skipBuild;
    }

    @Override
    protected void run(Log log) {
        Timings timings = timings();
        BlogBuilder builder = new BlogBuilder(blogConfig(false), log, themeLoader()).withTimings(timings);
        if (warmUp) {
            builder.withWarmUp(CampaignWarmUp::run);
        }
        try {
            builder.buildIfChanged().ifPresent(blog -> project.setContextValue(BUILT_BLOG, blog));
            project.setContextValue(SITE_STATE, builder.state());
        } finally {
            timings.report(log, "rounds:build");
        }
    }
}
