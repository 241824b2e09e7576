package dev.rounds.mojo;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.PostingWindow;
import dev.rounds.campaign.output.CampaignFiles;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import dev.rounds.site.Templates;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Plans the tweet campaign: a series of teasers per published post, timed into posting windows, checked by the
 * confidentiality guard. Writes target/rounds/campaign.json, campaign.csv, campaign.ics and preview/index.html, then
 * fails the build while any teaser is blocked.
 */
@Mojo(name = "campaign", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class CampaignMojo extends AbstractRoundsMojo {

    /** Skips this goal only. */
    @Parameter(property = "rounds.campaign.skip", defaultValue = "false")
    private boolean skipCampaign;

    /** The most a teaser may weigh, counted as Twitter counts (every link 23). 140 by default, at most 280. */
    @Parameter(property = "rounds.maxLength", defaultValue = "140")
    private int maxLength;

    /** Hashtags per teaser at most, added only where they fit. */
    @Parameter(property = "rounds.maxHashtags", defaultValue = "2")
    private int maxHashtags;

    /** Teasers per post at most, the intro included. */
    @Parameter(property = "rounds.maxTeasersPerPost", defaultValue = "5")
    private int maxTeasersPerPost;

    /** Tag to hashtag, e.g. {@code <meded>#MedEd</meded>}. Replaces the built-in map (see the README) when set. */
    @Parameter
    private Map<String, String> hashtags;

    /** Whether teaser links carry utm_source, utm_medium and utm_campaign (the post's slug). */
    @Parameter(property = "rounds.utm", defaultValue = "true")
    private boolean utm;

    /** The utm_source of teaser links. */
    @Parameter(property = "rounds.utmSource", defaultValue = "twitter")
    private String utmSource;

    /** The utm_medium of teaser links. */
    @Parameter(property = "rounds.utmMedium", defaultValue = "social")
    private String utmMedium;

    /** When each teaser goes out after the post, as ISO-8601 durations separated by commas. */
    @Parameter(property = "rounds.cadence", defaultValue = "PT0H, P1D, P3D, P7D, P14D")
    private String cadence;

    /** When tweets may go out, in the author's time zone, e.g. {@code MON-FRI 08:00-10:00; SAT 10:00-11:00}. */
    @Parameter(property = "rounds.windows", defaultValue = "MON-FRI 08:00-10:00; MON-FRI 12:00-13:00")
    private String windows;

    /** The least time between any two tweets of the blog (ISO-8601 duration). */
    @Parameter(property = "rounds.minGap", defaultValue = "PT2H")
    private String minGap;

    /** The most tweets of the blog in one day. */
    @Parameter(property = "rounds.maxPerDay", defaultValue = "4")
    private int maxPerDay;

    /** Posts published before this date (YYYY-MM-DD) get no launch series; unset, every post gets one. */
    @Parameter(property = "rounds.campaignSince")
    private String campaignSince;

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
        Campaign campaign = new CampaignPlanner(settings, blog.settings().siteUrl(), log)
                .plan(blog.publishedPosts(), problems);
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

    /** The blog rounds:build made in this run, or a fresh read of the posts (the site itself is not rewritten). */
    private BuiltBlog builtBlog(Log log) {
        Object cached = project.getContextValue(BuildMojo.BUILT_BLOG);
        if (cached instanceof BuiltBlog blog) {
            return blog;
        }
        return new BlogBuilder(blogConfig(false), log, themeLoader()).build();
    }

    CampaignSettings campaignSettings() {
        CampaignSettings defaults = CampaignSettings.defaults(zone());
        try {
            List<Duration> steps = List.of(cadence.split("\\s*,\\s*")).stream().map(String::trim).map(Duration::parse)
                    .toList();
            List<PostingWindow> parsedWindows = List.of(windows.split("\\s*;\\s*")).stream()
                    .filter(w -> !w.isBlank()).map(PostingWindow::parse).toList();
            Map<String, String> tags = hashtags == null ? defaults.hashtags() : lowerCaseKeys(hashtags);
            return new CampaignSettings(maxLength, maxHashtags, maxTeasersPerPost, tags, utm, utmSource, utmMedium,
                    steps, parsedWindows, zone(), Duration.parse(minGap), maxPerDay,
                    campaignSince == null || campaignSince.isBlank() ? null : LocalDate.parse(campaignSince));
        } catch (DateTimeParseException | IllegalArgumentException bad) {
            throw new InvalidInputException(Problem.error("pom.xml", 0, "The campaign settings cannot be used: "
                    + bad.getMessage(), "Check <cadence> (e.g. PT0H, P1D), <windows> (e.g. MON-FRI 08:00-10:00), "
                    + "<minGap> (e.g. PT2H), <campaignSince> (YYYY-MM-DD) and <maxLength> (40 to 280)."));
        }
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> map) {
        Map<String, String> lower = new HashMap<>();
        map.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT),
                value.startsWith("#") ? value : "#" + value));
        return lower;
    }
}
