package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign preview: the series as a timeline of tweet cards grouped by day and by post, each with its length,
 * where its link goes, the sentence it came from, and any confidentiality finding in red. Rendered with the theme's
 * {@code campaign-preview.ftlh}, which a blog may override.
 * <p>
 * A campaign of up to {@value #ONE_PAGE} tweets is one page, {@code index.html}. A larger one (a big blog's backlog
 * runs to tens of thousands) would make a page no browser can open and no author can read, so it is split: the index
 * has the summary, every blocked teaser, the months and each post's series in brief; each month has its own page of
 * cards ({@code 2026-10.html}). A change to a few tweets then renders only the pages that hold them.
 */
public final class CampaignPreview {

    /** The most tweets shown on one page. */
    public static final int ONE_PAGE = 500;

    /** A day of the timeline, for the template. */
    public record Day(String date, List<ScheduledTweet> tweets) {
    }

    /** A post's series, for the template. */
    public record Series(String post, String title, int blocked, List<ScheduledTweet> tweets) {
    }

    /** A month of a split preview: its page and how many tweets it holds. */
    public record Month(String name, String file, int tweets) {
    }

    /**
     * One page of the preview.
     *
     * @param file the file name, e.g. {@code index.html}
     * @param key a digest of everything the page shows: the same key, the same page
     * @param model the template's model
     */
    public record Page(String file, String key, Map<String, Object> model) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FILE = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ENGLISH);

    /** The pages of the preview: one page, or an index and a page per month when the campaign is large. */
    public List<Page> pages(Campaign campaign, String title, List<String> unpublished) {
        List<ScheduledTweet> tweets = campaign.tweets();
        if (tweets.size() <= ONE_PAGE) {
            return List.of(page("index.html", model(campaign, title, unpublished, "all", days(tweets), series(tweets),
                    List.of(), null), tweets));
        }
        Map<String, List<ScheduledTweet>> byMonth = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ScheduledTweet tweet : tweets) {
            String file = tweet.scheduledAt().format(MONTH_FILE) + ".html";
            byMonth.computeIfAbsent(file, f -> new ArrayList<>()).add(tweet);
            names.putIfAbsent(file, tweet.scheduledAt().format(MONTH));
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((file, inMonth) -> months.add(new Month(names.get(file), file, inMonth.size())));
        List<Page> pages = new ArrayList<>();
        List<ScheduledTweet> blocked = campaign.blocked();
        pages.add(page("index.html", model(campaign, blocked.size(), title, unpublished, "index", days(blocked),
                series(tweets), months, null), List.of(months, blocked, briefSeries(tweets))));
        for (int i = 0; i < months.size(); i++) {
            Month month = months.get(i);
            List<Month> nav = new ArrayList<>();
            nav.add(i > 0 ? months.get(i - 1) : null);
            nav.add(i + 1 < months.size() ? months.get(i + 1) : null);
            List<ScheduledTweet> inMonth = byMonth.get(month.file());
            Map<String, Object> model = model(campaign, blocked.size(), title, unpublished, "month", days(inMonth),
                    List.of(), List.of(), month);
            if (nav.get(0) != null) {
                model.put("previous", nav.get(0));
            }
            if (nav.get(1) != null) {
                model.put("next", nav.get(1));
            }
            // A month's page shows its tweets and the names of the months before and after it, nothing else.
            pages.add(page(month.file(), model, List.of(month, String.valueOf(nav.get(0) == null ? ""
                    : nav.get(0).name()), String.valueOf(nav.get(1) == null ? "" : nav.get(1).name()), inMonth)));
        }
        return pages;
    }

    private static Page page(String file, Map<String, Object> model, Object shown) {
        return new Page(file, key(file + "\u0000" + model.get("title") + "\u0000" + model.get("view") + "\u0000"
                + model.get("unpublished") + "\u0000", shown), model);
    }

    /**
     * The SHA-256 of {@code head + String.valueOf(shown)}, fed piece by piece: a month's tweets (or the whole
     * campaign's, for the index) are never made into one string just to be digested.
     */
    static String key(String head, Object shown) {
        MessageDigest digest = Sha256.digester();
        feed(digest, head);
        feedText(digest, shown);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Feeds {@code String.valueOf(value)}; a list as its {@code toString()} writes it, an item at a time. */
    private static void feedText(MessageDigest digest, Object value) {
        if (value instanceof List<?> items) {
            feed(digest, "[");
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    feed(digest, ", ");
                }
                first = false;
                feedText(digest, item);
            }
            feed(digest, "]");
        } else {
            feed(digest, String.valueOf(value));
        }
    }

    private static void feed(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> model(Campaign campaign, String title, List<String> unpublished, String view,
                                             List<Day> days, List<Series> series, List<Month> months, Month month) {
        return model(campaign, campaign.blocked().size(), title, unpublished, view, days, series, months, month);
    }

    private static Map<String, Object> model(Campaign campaign, int blocked, String title, List<String> unpublished,
                                             String view, List<Day> days, List<Series> series, List<Month> months,
                                             Month month) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("campaign", campaign);
        model.put("view", view);
        model.put("days", days);
        model.put("series", series);
        model.put("months", months);
        if (month != null) {
            model.put("month", month);
        }
        model.put("blocked", blocked);
        model.put("unpublished", List.copyOf(unpublished));
        model.put("timeFormat", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH));
        model.put("dayFormat", DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        model.put("monthFile", MONTH_FILE);
        return model;
    }

    private static List<Day> days(List<ScheduledTweet> tweets) {
        Map<String, List<ScheduledTweet>> byDay = new LinkedHashMap<>();
        for (ScheduledTweet tweet : tweets) {
            byDay.computeIfAbsent(tweet.scheduledAt().format(DAY), day -> new ArrayList<>()).add(tweet);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, inDay) -> days.add(new Day(date, inDay)));
        return days;
    }

    private static List<Series> series(List<ScheduledTweet> tweets) {
        Map<String, List<ScheduledTweet>> byPost = new LinkedHashMap<>();
        tweets.stream()
                .sorted(Comparator.comparing(ScheduledTweet::post).thenComparingInt(ScheduledTweet::sequence))
                .forEach(tweet -> byPost.computeIfAbsent(tweet.post(), post -> new ArrayList<>()).add(tweet));
        List<Series> series = new ArrayList<>();
        byPost.forEach((post, inPost) -> series.add(new Series(post, inPost.get(0).postTitle(),
                (int) inPost.stream().filter(ScheduledTweet::blocked).count(), inPost)));
        return series;
    }

    /**
     * What the index shows of each series: the post, and each tweet's day and status linking to its card (not its
     * text, so that a reworded teaser renders its month's page alone).
     */
    private static List<String> briefSeries(List<ScheduledTweet> tweets) {
        return series(tweets).stream().map(s -> s.post() + "\u0001" + s.title() + "\u0001" + s.blocked() + "\u0001"
                + s.tweets().stream().map(t -> t.id() + " " + t.scheduledAt() + " " + t.blocked()).toList()).toList();
    }
}
