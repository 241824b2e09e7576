package dev.rounds.campaign;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the author wants their teasers written and timed.
 *
 * @param maxLength the weighted length limit (Twitter's counting), 140 by default, at most 280
 * @param maxHashtags hashtags per teaser at most
 * @param maxTeasersPerPost teasers per post, the intro included
 * @param hashtags tag (as in front matter, lower case) to hashtag, e.g. "meded" to "#MedEd"
 * @param utm whether links carry utm_source, utm_medium and utm_campaign (the post's slug)
 * @param utmSource the utm_source value
 * @param utmMedium the utm_medium value
 * @param cadence when each teaser of a series goes out, after the post's publication
 * @param windows when tweets may go out, in the author's time zone
 * @param zone the author's time zone
 * @param minGap the least time between any two tweets of the blog
 * @param maxPerDay the most tweets of the blog in one day
 * @param campaignSince posts published before this date get no series (null: every post)
 */
public record CampaignSettings(int maxLength, int maxHashtags, int maxTeasersPerPost, Map<String, String> hashtags,
                               boolean utm, String utmSource, String utmMedium, List<Duration> cadence,
                               List<PostingWindow> windows, ZoneId zone, Duration minGap, int maxPerDay,
                               LocalDate campaignSince) {

    public static final List<Duration> DEFAULT_CADENCE = List.of(Duration.ZERO, Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14));
    public static final List<String> DEFAULT_WINDOWS = List.of("MON-FRI 08:00-10:00", "MON-FRI 12:00-13:00");
    /** Hashtags used when the blog configures none: the communities clinicians follow. */
    public static final Map<String, String> DEFAULT_HASHTAGS = Map.ofEntries(
            Map.entry("meded", "#MedEd"), Map.entry("medical-education", "#MedEd"),
            Map.entry("foamed", "#FOAMed"), Map.entry("pharmacology", "#Pharmacology"),
            Map.entry("pharmacy", "#PharmTwitter"), Map.entry("nursing", "#NurseTwitter"),
            Map.entry("patient-safety", "#PatientSafety"), Map.entry("safety", "#PatientSafety"),
            Map.entry("infection-control", "#InfectionPrevention"), Map.entry("sepsis", "#Sepsis"),
            Map.entry("diabetes", "#Diabetes"), Map.entry("cardiology", "#CardioTwitter"),
            Map.entry("nephrology", "#NephTwitter"), Map.entry("geriatrics", "#GeriTwitter"),
            Map.entry("internal-medicine", "#IMTwitter"), Map.entry("critical-care", "#CritCare"),
            Map.entry("deprescribing", "#Deprescribing"));

    public CampaignSettings {
        if (maxLength < 40 || maxLength > 280) {
            throw new IllegalArgumentException("maxLength must be between 40 and 280, not " + maxLength);
        }
        if (maxHashtags < 0 || maxTeasersPerPost < 1 || maxPerDay < 1) {
            throw new IllegalArgumentException("maxHashtags >= 0, maxTeasersPerPost >= 1 and maxPerDay >= 1");
        }
        hashtags = Map.copyOf(hashtags);
        cadence = List.copyOf(cadence);
        windows = List.copyOf(windows);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(minGap, "minGap");
        if (cadence.isEmpty() || windows.isEmpty()) {
            throw new IllegalArgumentException("cadence and windows must not be empty");
        }
    }

    public static CampaignSettings defaults(ZoneId zone) {
        return new CampaignSettings(140, 2, 5, DEFAULT_HASHTAGS, true, "twitter", "social", DEFAULT_CADENCE,
                DEFAULT_WINDOWS.stream().map(PostingWindow::parse).toList(), zone, Duration.ofHours(2), 4, null);
    }
}
