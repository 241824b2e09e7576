package dev.rounds.mojo;

import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.EvergreenSettings;
import dev.rounds.campaign.PostingWindow;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/** The campaign's settings, shared by rounds:campaign and the campaign preview of rounds:serve. */
public abstract class AbstractCampaignMojo extends AbstractRoundsMojo {

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

    /** Re-shares older posts' teasers in free slots (the evergreen queue), as Revive Old Posts does. */
    @Parameter(property = "rounds.evergreen", defaultValue = "false")
    private boolean evergreen;

    /** The least time between two shares of the same post by the evergreen queue, and the least age of a re-shared post. */
    @Parameter(property = "rounds.evergreenGap", defaultValue = "P90D")
    private String evergreenGap;

    /** How far ahead of now the evergreen queue fills free slots. */
    @Parameter(property = "rounds.evergreenHorizon", defaultValue = "P14D")
    private String evergreenHorizon;

    /** The evergreen queue's settings, or null when it is off. */
    protected EvergreenSettings evergreenSettings() {
        if (!evergreen) {
            return null;
        }
        try {
            return new EvergreenSettings(Duration.parse(evergreenGap), Duration.parse(evergreenHorizon), instant());
        } catch (DateTimeParseException | IllegalArgumentException bad) {
            throw new InvalidInputException(Problem.error("pom.xml", 0, "The evergreen settings cannot be used: "
                    + bad.getMessage(), "Write <evergreenGap> and <evergreenHorizon> as durations such as P90D."));
        }
    }

    protected CampaignSettings campaignSettings() {
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
