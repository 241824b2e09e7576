package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.GuardFinding;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.site.Templates;
import dev.rounds.testing.FileTrees;
import dev.rounds.testing.HtmlChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large campaign's preview is an index, a page per month and pages of series; a change renders only the pages that
 * show it.
 */
class CampaignPreviewPagesTest {

    private static final Pattern CARD = Pattern.compile("<article class=\"tweet-card[^\"]*\" id=\"t-([^\"]+)\"");
    private final Templates templates = new Templates(null, getClass().getClassLoader());

    @TempDir
    Path work;

    @Test
    void aSmallCampaignIsOnePageAndALargeOneAnIndexAPageAMonthAndPagesOfSeries() throws Exception {
        Campaign small = campaign(CampaignPreview.ONE_PAGE, -1);
        assertEquals(List.of("index.html"), files(write(small)));

        Campaign large = campaign(CampaignPreview.ONE_PAGE + 700, 37);
        List<String> pages = files(write(large));

        assertEquals("index.html", pages.get(0));
        List<String> months = pages.stream().filter(p -> p.matches("\\d{4}-\\d{2}\\.html")).toList();
        List<String> postsPages = pages.stream().filter(p -> p.startsWith("posts-")).toList();
        assertEquals(pages.size(), 1 + months.size() + postsPages.size(), pages.toString());
        assertTrue(months.size() >= 3, months.toString());
        // 240 posts, 100 to a page of series.
        assertEquals(List.of("posts-1.html", "posts-2.html", "posts-3.html"), postsPages);
        Map<String, String> cardsOn = new TreeMap<>();
        for (String month : months) {
            for (String id : cards(read(month))) {
                assertEquals(null, cardsOn.put(id, month), id + " is on one month's page only");
            }
        }
        assertEquals(large.tweets().size(), cardsOn.size(), "every tweet has its card");
        String index = read("index.html");
        assertEquals(List.of("p37-0"), cards(index), "the index shows the blocked teaser's card");
        months.forEach(month -> assertTrue(index.contains("href=\"" + month + "\""), month));
        postsPages.forEach(page -> assertTrue(index.contains("href=\"" + page + "\""), page));
        Map<String, String> seriesOn = new TreeMap<>();
        for (String page : postsPages) {
            String html = read(page);
            assertEquals(List.of(), cards(html), "a page of series shows them in brief");
            Matcher post = Pattern.compile("<small>\\((post-\\d+\\.md)").matcher(html);
            while (post.find()) {
                assertEquals(null, seriesOn.put(post.group(1), page), post.group(1) + " is on one page only");
            }
        }
        assertEquals(240, seriesOn.size(), "every post's series is listed");
        for (ScheduledTweet tweet : large.tweets()) {
            String month = tweet.scheduledAt().toString().substring(0, 7) + ".html";
            assertTrue(read(seriesOn.get(tweet.post())).contains("href=\"" + month + "#t-" + tweet.id() + "\""),
                    "the series' page links " + tweet.id() + " to its card");
        }
        assertTrue(read(months.get(1)).contains("rel=\"prev\" href=\"" + months.get(0) + "\""));
        assertTrue(read(months.get(1)).contains("rel=\"next\" href=\"" + months.get(2) + "\""));
        assertTrue(read("posts-2.html").contains("rel=\"prev\" href=\"posts-1.html\""));
        assertTrue(read("posts-2.html").contains("rel=\"next\" href=\"posts-3.html\""));
        HtmlChecker checker = new HtmlChecker();
        for (String page : List.of("index.html", months.get(0), months.get(1), "posts-1.html", "posts-3.html")) {
            assertEquals(List.of(), checker.check(work.resolve("preview").resolve(page).toFile()), page);
        }
    }

    @Test
    void aNewTitleRendersThePageOfItsSeriesAndTheMonthsOfItsTweetsAlone() throws IOException {
        Campaign before = campaign(CampaignPreview.ONE_PAGE + 700, -1);
        List<String> pages = files(write(before));
        ageAll(pages);
        List<ScheduledTweet> tweets = new ArrayList<>();
        Set<String> months = new TreeSet<>();
        for (ScheduledTweet t : before.tweets()) {
            if (t.post().equals("post-150.md")) {
                months.add(t.scheduledAt().toString().substring(0, 7) + ".html");
                t = new ScheduledTweet(t.id(), t.post(), "A new title", t.text(), t.url(), t.scheduledAt(),
                        t.weightedLength(), t.limit(), t.source(), t.sourceSentence(), t.status(), t.findings(),
                        t.sequence());
            }
            tweets.add(t);
        }

        files(write(new Campaign(before.siteUrl(), before.limit(), tweets)));

        // Posts are listed in the order of their paths: post-0.md, post-1.md, post-10.md, post-100.md, ...
        int place = before.tweets().stream().map(ScheduledTweet::post).distinct().sorted().toList()
                .indexOf("post-150.md");
        String itsPage = "posts-" + (place / CampaignPreview.POSTS_PER_PAGE + 1) + ".html";
        List<String> expected = new ArrayList<>(months);
        expected.add(itsPage);
        assertEquals(expected.stream().sorted().toList(), rewritten(pages).stream().sorted().toList());
        assertTrue(read(itsPage).contains("A new title"));
    }

    @Test
    void aChangedTweetRendersOnlyItsMonthAndTheIndexAndAGoneMonthIsRemoved() throws IOException {
        Campaign before = campaign(CampaignPreview.ONE_PAGE + 700, -1);
        List<String> pages = files(write(before));
        ageAll(pages);
        List<ScheduledTweet> tweets = new ArrayList<>(before.tweets());
        ScheduledTweet first = tweets.get(0);
        tweets.set(0, new ScheduledTweet(first.id(), first.post(), first.postTitle(), first.text() + " Reworded.",
                first.url(), first.scheduledAt(), first.weightedLength(), first.limit(), first.source(),
                first.sourceSentence(), first.status(), first.findings(), first.sequence()));
        List<String> months = pages.stream().filter(p -> p.matches("\\d{4}-\\d{2}\\.html")).toList();
        String lastMonth = months.get(months.size() - 1);
        Set<String> lost = new TreeSet<>();
        for (ScheduledTweet tweet : tweets) {
            if ((tweet.scheduledAt().toString().substring(0, 7) + ".html").equals(lastMonth)) {
                lost.add(tweet.post());
            }
        }
        tweets.removeIf(t -> (t.scheduledAt().toString().substring(0, 7) + ".html").equals(lastMonth));
        List<String> postsBefore = before.tweets().stream().map(ScheduledTweet::post).distinct().sorted().toList();
        Set<String> postsAfter = new TreeSet<>(tweets.stream().map(ScheduledTweet::post).toList());

        List<String> after = files(write(new Campaign(before.siteUrl(), before.limit(), tweets)));

        String firstMonth = first.scheduledAt().toString().substring(0, 7) + ".html";
        String newLast = months.get(months.size() - 2);
        Set<String> expected = new TreeSet<>(List.of(firstMonth, newLast, "index.html"));
        // The pages of series that lost a tweet, and every page after a post that lost all of them (the posts move).
        int firstGone = postsBefore.size();
        for (int i = 0; i < postsBefore.size(); i++) {
            if (!postsAfter.contains(postsBefore.get(i))) {
                firstGone = Math.min(firstGone, i);
            }
            if (lost.contains(postsBefore.get(i)) && postsAfter.contains(postsBefore.get(i)) || i >= firstGone) {
                int page = (postsAfter.contains(postsBefore.get(i)) ? i : firstGone) / CampaignPreview.POSTS_PER_PAGE;
                if (page * CampaignPreview.POSTS_PER_PAGE < postsAfter.size()) {
                    expected.add("posts-" + (page + 1) + ".html");
                }
            }
        }
        for (int page = firstGone / CampaignPreview.POSTS_PER_PAGE; page * CampaignPreview.POSTS_PER_PAGE
                < postsAfter.size() && firstGone < postsBefore.size(); page++) {
            expected.add("posts-" + (page + 1) + ".html");
        }
        assertEquals(List.copyOf(expected), rewritten(after).stream().sorted().toList(),
                "the changed month, the index, the month that lost its next, the series that lost tweets");
        assertFalse(after.contains(lastMonth), "the month no tweet is in any more is gone");
        assertTrue(read(firstMonth).contains("Reworded."));
    }

    @Test
    void aRewordedTeaserRendersItsMonthAlone() throws IOException {
        Campaign before = campaign(CampaignPreview.ONE_PAGE + 700, -1);
        List<String> pages = files(write(before));
        ageAll(pages);
        List<ScheduledTweet> tweets = new ArrayList<>(before.tweets());
        ScheduledTweet last = tweets.get(tweets.size() - 1);
        tweets.set(tweets.size() - 1, new ScheduledTweet(last.id(), last.post(), last.postTitle(), "Reworded. "
                + last.text(), last.url(), last.scheduledAt(), last.weightedLength(), last.limit(), last.source(),
                last.sourceSentence(), last.status(), last.findings(), last.sequence()));

        List<String> after = files(write(new Campaign(before.siteUrl(), before.limit(), tweets)));

        List<String> rewritten = rewritten(after);
        assertEquals(List.of(last.scheduledAt().toString().substring(0, 7) + ".html"), rewritten);
    }

    /**
     * rounds:serve's preview remembers the pages it wrote and does not look at them again; a folder deleted while it
     * runs (mvn clean) is made again in full, and a month that goes and comes back gets its page back.
     */
    @Test
    void aRememberedPreviewWritesAgainWhatIsGoneFromDisk() throws IOException {
        CampaignPreview.Memo memo = new CampaignPreview.Memo();
        Path folder = work.resolve("serve");
        Campaign large = campaign(CampaignPreview.ONE_PAGE + 700, 37);
        preview(large, folder, memo);
        Map<String, String> first = FileTrees.contents(folder);
        assertTrue(first.size() > 5, first.keySet().toString());

        FileTrees.delete(folder);
        preview(large, folder, memo);
        assertEquals(first, FileTrees.contents(folder), "a deleted folder is made again in full");

        String lastMonth = large.tweets().get(large.tweets().size() - 1).scheduledAt().toString().substring(0, 7)
                + ".html";
        List<ScheduledTweet> fewer = large.tweets().stream()
                .filter(t -> !(t.scheduledAt().toString().substring(0, 7) + ".html").equals(lastMonth)).toList();
        preview(new Campaign(large.siteUrl(), large.limit(), fewer), folder, memo);
        assertFalse(Files.exists(folder.resolve(lastMonth)));
        preview(large, folder, memo);
        assertEquals(first, FileTrees.contents(folder), "the month that came back has its page again");
    }

    private void preview(Campaign campaign, Path folder, CampaignPreview.Memo memo) {
        new CampaignFiles().writePreview(campaign, folder, templates, "Rounds Notes", List.of(), "templates", memo);
    }

    private static final FileTime OLD = FileTime.fromMillis(0);

    /** Gives every page an old time, so that a page written again shows. */
    private void ageAll(List<String> pages) throws IOException {
        for (String page : pages) {
            Files.setLastModifiedTime(work.resolve("preview").resolve(page), OLD);
        }
    }

    private List<String> rewritten(List<String> pages) throws IOException {
        List<String> rewritten = new ArrayList<>();
        for (String page : pages) {
            if (!Files.getLastModifiedTime(work.resolve("preview").resolve(page)).equals(OLD)) {
                rewritten.add(page);
            }
        }
        return rewritten;
    }

    private List<String> write(Campaign campaign) {
        return new CampaignFiles().write(campaign, work, templates, "Rounds Notes", "templates").files();
    }

    private List<String> files(List<String> written) throws IOException {
        try (Stream<Path> pages = Files.list(work.resolve("preview"))) {
            List<String> names = pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .sorted((a, b) -> a.equals("index.html") ? -1 : b.equals("index.html") ? 1 : a.compareTo(b))
                    .toList();
            assertEquals(names.stream().map(n -> "preview/" + n).sorted().toList(),
                    written.stream().filter(f -> f.startsWith("preview/")).sorted().toList());
            return names;
        }
    }

    private String read(String page) throws IOException {
        return Files.readString(work.resolve("preview").resolve(page));
    }

    private static List<String> cards(String html) {
        List<String> ids = new ArrayList<>();
        Matcher card = CARD.matcher(html);
        while (card.find()) {
            ids.add(card.group(1));
        }
        return ids;
    }

    /** {@code count} tweets, one every 12 hours from March 2026; the post numbered {@code blockedPost} is blocked. */
    private static Campaign campaign(int count, int blockedPost) {
        List<ScheduledTweet> tweets = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            int post = i / 5;
            boolean blocked = post == blockedPost && i % 5 == 0;
            List<GuardFinding> findings = blocked ? List.of(new GuardFinding("name:1234abcd", "name", "titled-name",
                    "Mr. Alvarez", "Replace the name.", false)) : List.of();
            String url = "https://notes.example.org/2026/03/post-" + post + "/";
            tweets.add(new ScheduledTweet("p" + post + "-" + (i % 5), "post-" + post + ".md", "Post " + post,
                    "Teaser " + i + " about hand hygiene. " + url, url, start.plusHours(12L * i), 60, 140,
                    TeaserSource.HEADING, "Teaser " + i + ".", blocked ? ScheduledTweet.Status.BLOCKED
                    : ScheduledTweet.Status.READY, findings, i % 5));
        }
        return new Campaign("https://notes.example.org/", 140, tweets);
    }
}
