package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
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
import java.util.Set;
import java.util.function.Supplier;

/**
 * The campaign preview: the series as a timeline of tweet cards grouped by day and by post, each with its length,
 * where its link goes, the sentence it came from, and any confidentiality finding in red. Rendered with the theme's
 * {@code campaign-preview.ftlh}, which a blog may override.
 * <p>
 * A campaign of up to {@value #ONE_PAGE} tweets is one page, {@code index.html}. A larger one (a big blog's backlog
 * runs to tens of thousands) would make a page no browser can open and no author can read, so it is split: the index
 * has the summary, every blocked teaser, and links to the other pages; each month has its own page of cards
 * ({@code 2026-10.html}), and each {@value #POSTS_PER_PAGE} posts (in the order of their paths) a page of their series
 * in brief ({@code posts-1.html}). A change to a few tweets then renders only the pages that hold them: a reworded
 * teaser its month's page, a new title the pages of its tweets' months and of its post's series.
 */
public final class CampaignPreview {

    /** The most tweets shown on one page. */
    public static final int ONE_PAGE = 500;

    /**
     * How many posts' series one page lists, in brief, in a split preview. A fixed number of posts (not of tweets),
     * so that a post whose series grows or shrinks moves no other post to another page.
     */
    public static final int POSTS_PER_PAGE = 100;

    /** A day of the timeline, for the template. */
    public record Day(String date, List<ScheduledTweet> tweets) {
    }

    /** A post's series, for the template. */
    public record Series(String post, String title, int blocked, List<ScheduledTweet> tweets) {
    }

    /** A month of a split preview: its page and how many tweets it holds. */
    public record Month(String name, String file, int tweets) {
    }

    /** A page of a split preview's series: the first and last post on it (paths), and how many posts and tweets. */
    public record PostsPage(String name, String file, String first, String last, int posts, int tweets) {
    }

    /**
     * One page of the preview.
     *
     * @param file the file name, e.g. {@code index.html}
     * @param key a digest of everything the page shows: the same key, the same page
     * @param model makes the template's model (only for a page that is rendered)
     */
    public record Page(String file, String key, Supplier<Map<String, Object>> model) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FILE = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ENGLISH);

    private final Memo memo;
    private final Map<String, String> planDigests;

    /** A preview that keys every page from what it shows. */
    public CampaignPreview() {
        this(null);
    }

    /** A preview that remembers its pages' keys in {@code memo} between calls (rounds:serve); null for none. */
    public CampaignPreview(Memo memo) {
        this(memo, null);
    }

    /**
     * A preview that keys its pages by the plans their tweets come from, when {@code planDigests} gives the digest of
     * the plan ({@code PostPlan#digest}) of every tweet's post: a tweet is its post's teaser at its slot, so the post,
     * its plan's digest, the tweet's id, place in the series, source, status and slot ({@code TweetFragments.Key})
     * stand for all it shows, and a page is keyed from those hundred bytes instead of every tweet's text (a tenth of
     * the digesting, which a Maven run does without the optimised SHA-256 of a warm JVM). Null, or a post missing
     * from it: keyed by the text. With a memo, the memo keys the pages (by the tweet objects) and the digests are not
     * used.
     */
    public CampaignPreview(Memo memo, Map<String, String> planDigests) {
        this.memo = memo;
        this.planDigests = planDigests;
    }

    /** The memo this preview keys its pages through (it also holds the pages' marks), or null. */
    Memo memo() {
        return memo;
    }

    /**
     * The keys of the last call's pages, with what each was made from. A page whose parts are, one by one, the very
     * objects (or equal values) of the last call keeps its key without being digested again: rounds:serve's scheduler
     * keeps an unchanged teaser's tweet object between saves, so a save digests only the pages its tweets are on.
     * Not thread-safe: one preview's, used by one save at a time.
     */
    public static final class Memo {
        private Map<String, Keyed> keys = new HashMap<>();
        private Map<String, Keyed> next = new HashMap<>();
        /**
         * The first line each page file had after the last call, in {@link #marksFolder} (see {@code CampaignFiles}):
         * a page whose mark is still the same, and whose file is still there, is not read again from disk, the folder
         * being the preview's own while it runs.
         */
        private final Map<String, String> marks = new HashMap<>();
        private Path marksFolder;

        private record Keyed(String head, Object shown, String key) {
        }

        String key(String head, Object shown) {
            Keyed last = keys.get(head);
            String key = last != null && same(shown, last.shown()) ? last.key() : CampaignPreview.key(head, shown);
            next.put(head, new Keyed(head, shown, key));
            return key;
        }

        /** Ends a call: pages it did not key are forgotten. */
        void done() {
            keys = next;
            next = new HashMap<>();
        }

        boolean marked(String file, String mark) {
            String known;
            synchronized (marks) {
                known = marks.get(file);
            }
            return mark.equals(known) && Files.isRegularFile(marksFolder.resolve(file));
        }

        void mark(String file, String mark) {
            synchronized (marks) {
                marks.put(file, mark);
            }
        }

        /** Forgets the marks of pages the preview no longer has (their files are deleted). */
        void keepMarks(Set<String> files) {
            synchronized (marks) {
                marks.keySet().retainAll(files);
            }
        }

        /** Forgets every mark: the folder was made again, or a page could not be written. */
        void forgetMarks() {
            synchronized (marks) {
                marks.clear();
            }
        }

        /** Starts a call writing into {@code folder}: marks of another folder, or of one made again, are forgotten. */
        void writingInto(Path folder) {
            synchronized (marks) {
                if (!folder.equals(marksFolder) || !Files.isDirectory(folder)) {
                    marks.clear();
                }
                marksFolder = folder;
            }
        }

        /** A tweet is the same only as itself; a brief of one, as one whose tweet is it or that reads the same. */
        private static boolean same(Object now, Object before) {
            if (now == before) {
                return true;
            }
            if (now instanceof List<?> items && before instanceof List<?> old) {
                if (items.size() != old.size()) {
                    return false;
                }
                for (int i = 0; i < items.size(); i++) {
                    if (!same(items.get(i), old.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            if (now instanceof ScheduledTweet || now == null) {
                return false;
            }
            if (now instanceof Brief brief && before instanceof Brief old) {
                return brief.tweet == old.tweet || brief.toString().equals(old.toString());
            }
            return now.equals(before);
        }
    }

    /** What a series page shows of a tweet: its id, slot and status, not its text. */
    private static final class Brief {
        private final ScheduledTweet tweet;

        Brief(ScheduledTweet tweet) {
            this.tweet = tweet;
        }

        @Override
        public String toString() {
            return tweet.id() + " " + tweet.scheduledAt() + " " + tweet.blocked();
        }

        /** What it shows as bytes for the page's key: the id, the slot as numbers, the status. */
        byte[] bytes() {
            byte[] id = tweet.id().getBytes(StandardCharsets.UTF_8);
            OffsetDateTime at = tweet.scheduledAt();
            return java.nio.ByteBuffer.allocate(4 + id.length + 8 + 4 + 4 + 1).putInt(id.length).put(id)
                    .putLong(at.toEpochSecond()).putInt(at.getNano()).putInt(at.getOffset().getTotalSeconds())
                    .put((byte) (tweet.blocked() ? 1 : 0)).array();
        }
    }

    /** The pages of the preview: one page, or an index, a page per month and pages of series when it is large. */
    public List<Page> pages(Campaign campaign, String title, List<String> unpublished) {
        try {
            return split(campaign, title, unpublished);
        } finally {
            if (memo != null) {
                memo.done();
            }
        }
    }

    private List<Page> split(Campaign campaign, String title, List<String> unpublished) {
        List<ScheduledTweet> tweets = campaign.tweets();
        if (tweets.size() <= ONE_PAGE) {
            return keyed(List.of(page("index.html", title, "all", unpublished, List.of(tweets, campaign.limit()),
                    () -> model(campaign, title, unpublished, "all", days(tweets), series(tweets), List.of(), null))));
        }
        // Grouped by year and month as numbers; a month's names are written once (formatting every tweet's date was
        // a fifth of a save's preview at 10,000 posts).
        Map<Integer, List<ScheduledTweet>> byNumber = new LinkedHashMap<>();
        for (ScheduledTweet tweet : tweets) {
            OffsetDateTime at = tweet.scheduledAt();
            byNumber.computeIfAbsent(at.getYear() * 100 + at.getMonthValue(), m -> new ArrayList<>()).add(tweet);
        }
        Map<String, List<ScheduledTweet>> byMonth = new LinkedHashMap<>();
        List<Month> months = new ArrayList<>();
        for (List<ScheduledTweet> inMonth : byNumber.values()) {
            OffsetDateTime at = inMonth.get(0).scheduledAt();
            String file = at.format(MONTH_FILE) + ".html";
            byMonth.put(file, inMonth);
            months.add(new Month(at.format(MONTH), file, inMonth.size()));
        }
        List<Series> series = series(tweets);
        List<PostsPage> postsPages = new ArrayList<>();
        for (int from = 0, number = 1; from < series.size(); from += POSTS_PER_PAGE, number++) {
            List<Series> some = series.subList(from, Math.min(series.size(), from + POSTS_PER_PAGE));
            postsPages.add(new PostsPage("Posts " + (from + 1) + "–" + (from + some.size()), "posts-" + number
                    + ".html", some.get(0).post(), some.get(some.size() - 1).post(), some.size(),
                    some.stream().mapToInt(s -> s.tweets().size()).sum()));
        }
        List<Unkeyed> pages = new ArrayList<>();
        List<ScheduledTweet> blocked = campaign.blocked();
        pages.add(page("index.html", title, "index", unpublished, List.of(months, postsPages, blocked,
                campaign.limit(), series.size()), () -> {
                    Map<String, Object> model = model(campaign, blocked.size(), title, unpublished, "index",
                            days(blocked), List.of(), months, null);
                    model.put("postsPages", postsPages);
                    model.put("postCount", series.size());
                    return model;
                }));
        for (int i = 0; i < months.size(); i++) {
            Month month = months.get(i);
            Month previous = i > 0 ? months.get(i - 1) : null;
            Month next = i + 1 < months.size() ? months.get(i + 1) : null;
            List<ScheduledTweet> inMonth = byMonth.get(month.file());
            // A month's page shows its tweets and the names of the months before and after it, nothing else.
            pages.add(page(month.file(), title, "month", unpublished, List.of(month, nameOf(previous), nameOf(next),
                    inMonth), () -> {
                        Map<String, Object> model = model(campaign, blocked.size(), title, unpublished, "month",
                                days(inMonth), List.of(), List.of(), month);
                        neighbours(model, previous, next);
                        return model;
                    }));
        }
        for (int i = 0; i < postsPages.size(); i++) {
            PostsPage postsPage = postsPages.get(i);
            PostsPage previous = i > 0 ? postsPages.get(i - 1) : null;
            PostsPage next = i + 1 < postsPages.size() ? postsPages.get(i + 1) : null;
            List<Series> some = series.subList(i * POSTS_PER_PAGE, i * POSTS_PER_PAGE + postsPage.posts());
            List<Object> shown = new ArrayList<>(List.of(postsPage, nameOf(previous), nameOf(next)));
            for (Series one : some) {
                // What the page shows of each series: the post, and each tweet's day and status linking to its card
                // (not its text, so that a reworded teaser renders its month's page alone).
                shown.add(one.post() + "\u0001" + one.title() + "\u0001" + one.blocked());
                shown.add(one.tweets().stream().map(Brief::new).toList());
            }
            pages.add(page(postsPage.file(), title, "posts", unpublished, shown, () -> {
                Map<String, Object> model = model(campaign, blocked.size(), title, unpublished, "posts", List.of(),
                        some, List.of(), null);
                model.put("postsPage", postsPage);
                neighbours(model, previous, next);
                return model;
            }));
        }
        return keyed(pages);
    }

    private static String nameOf(Object page) {
        return page instanceof Month month ? month.name() : page instanceof PostsPage posts ? posts.name() : "";
    }

    private static void neighbours(Map<String, Object> model, Object previous, Object next) {
        if (previous != null) {
            model.put("previous", previous);
        }
        if (next != null) {
            model.put("next", next);
        }
    }

    private Unkeyed page(String file, String title, String view, List<String> unpublished, Object shown,
                         Supplier<Map<String, Object>> model) {
        String head = file + "\u0000" + title + "\u0000" + view + "\u0000" + unpublished + "\u0000";
        return new Unkeyed(file, head, shown, model);
    }

    /** A page before its key is taken. */
    private record Unkeyed(String file, String head, Object shown, Supplier<Map<String, Object>> model) {
    }

    /**
     * The pages with their keys: through the memo one by one (it is not thread-safe), else digested on every core
     * (a large campaign's month and series pages show every tweet once each).
     */
    private List<Page> keyed(List<Unkeyed> pages) {
        if (memo != null) {
            return pages.stream().map(page -> new Page(page.file(), memo.key(page.head(), page.shown()),
                    page.model())).toList();
        }
        return pages.parallelStream().map(page -> new Page(page.file(), key(page.head(), page.shown(), planDigests),
                page.model())).toList();
    }

    /**
     * The SHA-256 of {@code head} and what the page shows, fed piece by piece (a month's tweets, or the whole
     * campaign's for the index, are never made into one string just to be digested): as {@code String.valueOf}
     * writes it, but a series entry and a tweet whose plan digest is known go in as the bytes of their parts.
     */
    static String key(String head, Object shown) {
        return key(head, shown, null);
    }

    private static String key(String head, Object shown, Map<String, String> planDigests) {
        MessageDigest digest = Sha256.digester();
        feed(digest, head);
        feedText(digest, shown, planDigests);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Feeds {@code String.valueOf(value)}; a list as its {@code toString()} writes it, an item at a time; a tweet whose
     * post's plan digest is known, as what it is made of (see {@link #CampaignPreview(Memo, Map)}).
     */
    private static void feedText(MessageDigest digest, Object value, Map<String, String> planDigests) {
        if (value instanceof List<?> items) {
            feed(digest, "[");
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    feed(digest, ", ");
                }
                first = false;
                feedText(digest, item, planDigests);
            }
            feed(digest, "]");
        } else if (value instanceof Brief brief) {
            // Its date as numbers: formatting 50,000 dates cost more than the rest of the series pages' keys.
            digest.update(brief.bytes());
        } else if (value instanceof ScheduledTweet tweet && planDigests != null
                && planDigests.get(tweet.post()) != null) {
            // As bytes: its key's parts in a fixed layout (the digest covers the post's path).
            digest.update(TweetFragments.Key.of(tweet, planDigests.get(tweet.post())).bytes());
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

    /** Each post's series, posts in the order of their paths, tweets in the order of the series. */
    private static List<Series> series(List<ScheduledTweet> tweets) {
        // Grouped, then the posts sorted: sorting ten thousand paths costs far less than sorting every tweet.
        Map<String, List<ScheduledTweet>> byPost = new HashMap<>();
        for (ScheduledTweet tweet : tweets) {
            byPost.computeIfAbsent(tweet.post(), post -> new ArrayList<>()).add(tweet);
        }
        List<String> posts = new ArrayList<>(byPost.keySet());
        posts.sort(null);
        List<Series> series = new ArrayList<>(posts.size());
        for (String post : posts) {
            List<ScheduledTweet> inPost = byPost.get(post);
            inPost.sort(Comparator.comparingInt(ScheduledTweet::sequence));
            int blocked = 0;
            for (ScheduledTweet tweet : inPost) {
                blocked += tweet.blocked() ? 1 : 0;
            }
            series.add(new Series(post, inPost.get(0).postTitle(), blocked, inPost));
        }
        return series;
    }
}
