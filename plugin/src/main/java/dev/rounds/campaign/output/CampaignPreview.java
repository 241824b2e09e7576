package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.site.Templates;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign preview page: the series as a timeline of tweet cards grouped by post and by day, each with its
 * length, where its link goes, the sentence it came from, and any confidentiality finding in red. Rendered with the
 * theme's {@code campaign-preview.ftlh}, which a blog may override.
 */
public final class CampaignPreview {

    /** A day of the timeline, for the template. */
    public record Day(String date, List<ScheduledTweet> tweets) {
    }

    /** A post's series, for the template. */
    public record Series(String post, String title, int blocked, List<ScheduledTweet> tweets) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /** @param unpublished posts (by source path) that are drafts or scheduled: their series are marked */
    public String write(Campaign campaign, Templates templates, String title, List<String> unpublished) {
        Map<String, List<ScheduledTweet>> byDay = new LinkedHashMap<>();
        Map<String, List<ScheduledTweet>> byPost = new LinkedHashMap<>();
        for (ScheduledTweet tweet : campaign.tweets()) {
            byDay.computeIfAbsent(tweet.scheduledAt().format(DAY), day -> new ArrayList<>()).add(tweet);
        }
        campaign.tweets().stream()
                .sorted(java.util.Comparator.comparing(ScheduledTweet::post).thenComparingInt(ScheduledTweet::sequence))
                .forEach(tweet -> byPost.computeIfAbsent(tweet.post(), post -> new ArrayList<>()).add(tweet));
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, tweets) -> days.add(new Day(date, tweets)));
        List<Series> series = new ArrayList<>();
        byPost.forEach((post, tweets) -> series.add(new Series(post, tweets.get(0).postTitle(),
                (int) tweets.stream().filter(ScheduledTweet::blocked).count(), tweets)));
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("campaign", campaign);
        model.put("days", days);
        model.put("series", series);
        model.put("blocked", campaign.blocked().size());
        model.put("unpublished", List.copyOf(unpublished));
        model.put("timeFormat", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH));
        return templates.render("campaign-preview.ftlh", model);
    }
}
