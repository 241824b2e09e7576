package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.GuardFinding;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.TeaserSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * rounds:serve keys the preview's pages through a memo of the last save's: for any large campaign and any run of
 * saves (tweets reworded, retitled, moved, blocked, dropped, copied into equal new objects, or kept as they are), every
 * page gets the key a preview without a memo gives it, so a page is rendered again exactly when what it shows changed.
 */
class CampaignPreviewMemoProperties {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);

    @Property(tries = 40)
    void everyPageHasTheKeyAFreshPreviewGivesIt(
            @ForAll @IntRange(min = 0, max = 700) int extra,
            @ForAll @Size(min = 1, max = 4) List<@Size(max = 40) List<@IntRange(min = 0, max = 1199) Integer>> saves,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 7) Integer> kinds) {
        CampaignPreview.Memo memo = new CampaignPreview.Memo();
        for (List<ScheduledTweet> tweets : campaigns(campaign(CampaignPreview.ONE_PAGE + 1 + extra), saves, kinds)) {
            assertEquals(keys(tweets, null), keys(tweets, memo));
        }
    }

    /** The campaign, then the campaign after each save: the tweets at {@code edited} places edited by {@code kinds}. */
    private static List<List<ScheduledTweet>> campaigns(List<ScheduledTweet> first, List<List<Integer>> saves,
                                                        List<Integer> kinds) {
        List<List<ScheduledTweet>> campaigns = new ArrayList<>(List.of(first));
        List<ScheduledTweet> tweets = first;
        int kind = 0;
        for (List<Integer> edited : saves) {
            tweets = new ArrayList<>(tweets);
            for (int at : edited) {
                if (tweets.isEmpty()) {
                    break;
                }
                int index = at % tweets.size();
                int what = kinds.isEmpty() ? kind++ % 8 : kinds.get(kind++ % kinds.size());
                tweets.set(index, edit(tweets.get(index), what, kind));
            }
            tweets.removeIf(t -> t.id().startsWith("gone"));
            tweets.sort(java.util.Comparator.comparing((ScheduledTweet t) -> t.scheduledAt().toInstant())
                    .thenComparing(ScheduledTweet::id));
            campaigns.add(tweets);
        }
        return campaigns;
    }

    /**
     * A Maven run keys the pages by the digest of each tweet's post's plan (which covers everything a teaser says) and
     * the tweets' ids, places and slots: for any campaign and any edits, a page whose key from the text changes gets a
     * new key from the plans too (it may change more often: a post's new plan renders every month its tweets are in).
     */
    @Property(tries = 40)
    void aPageWhoseTextChangedGetsANewKeyFromThePlans(
            @ForAll @IntRange(min = 0, max = 700) int extra,
            @ForAll @Size(min = 1, max = 4) List<@Size(max = 40) List<@IntRange(min = 0, max = 1199) Integer>> saves,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 7) Integer> kinds) {
        List<List<ScheduledTweet>> campaigns = campaigns(campaign(CampaignPreview.ONE_PAGE + 1 + extra), saves, kinds);
        Map<String, String> byText = keys(campaigns.get(0), null);
        Map<String, String> byPlan = planKeys(campaigns.get(0));
        for (List<ScheduledTweet> tweets : campaigns.subList(1, campaigns.size())) {
            Map<String, String> textNow = keys(tweets, null);
            Map<String, String> planNow = planKeys(tweets);
            assertEquals(textNow.keySet(), planNow.keySet());
            for (String page : textNow.keySet()) {
                boolean textSame = textNow.get(page).equals(byText.get(page));
                boolean planSame = planNow.get(page).equals(byPlan.get(page));
                if (planSame) {
                    assertTrue(textSame, page + " would be kept with other text");
                }
            }
            byText = textNow;
            byPlan = planNow;
        }
    }

    /** The pages' keys with each post's plan digest made as a plan's is: from all its teasers say, not their slots. */
    private static Map<String, String> planKeys(List<ScheduledTweet> tweets) {
        Map<String, StringBuilder> plans = new java.util.TreeMap<>();
        tweets.stream().sorted(java.util.Comparator.comparing(ScheduledTweet::post)
                        .thenComparingInt(ScheduledTweet::sequence).thenComparing(ScheduledTweet::id))
                .forEach(t -> plans.computeIfAbsent(t.post(), p -> new StringBuilder()).append(new ScheduledTweet(
                        t.id(), t.post(), t.postTitle(), t.text(), t.url(), START, t.weightedLength(), t.limit(),
                        t.source(), t.sourceSentence(), t.status(), t.findings(), t.sequence())).append('\n'));
        Map<String, String> digests = new java.util.HashMap<>();
        plans.forEach((post, plan) -> digests.put(post, dev.rounds.core.Sha256.hex(plan.toString())));
        Campaign campaign = new Campaign("https://notes.example.org/", 140, tweets);
        Map<String, String> keys = new LinkedHashMap<>();
        for (CampaignPreview.Page page : new CampaignPreview(null, digests).pages(campaign, "Ward Notes",
                List.of("post-3.md"))) {
            keys.put(page.file(), page.key());
        }
        return keys;
    }

    private static Map<String, String> keys(List<ScheduledTweet> tweets, CampaignPreview.Memo memo) {
        Campaign campaign = new Campaign("https://notes.example.org/", 140, tweets);
        Map<String, String> keys = new LinkedHashMap<>();
        for (CampaignPreview.Page page : new CampaignPreview(memo).pages(campaign, "Ward Notes", List.of("post-3.md"))) {
            keys.put(page.file(), page.key());
        }
        return keys;
    }

    /** 0 a new text; 1 a new title; 2 a day later; 3 blocked; 4 dropped; 5 an equal copy; 6 a new id; 7 as it is. */
    private static ScheduledTweet edit(ScheduledTweet t, int what, int round) {
        if (what == 7) {
            return t;
        }
        List<GuardFinding> findings = what == 3 ? List.of(new GuardFinding("name:1", "name", "titled-name", "Mr. X",
                "Replace the name.", false)) : t.findings();
        return new ScheduledTweet(what == 4 ? "gone" + t.id() : what == 6 ? t.id() + "-" + round : t.id(), t.post(),
                what == 1 ? t.postTitle() + " " + round : t.postTitle(), what == 0 ? t.text() + " " + round : t.text(),
                t.url(), what == 2 ? t.scheduledAt().plusDays(1) : t.scheduledAt(), t.weightedLength(), t.limit(),
                t.source(), t.sourceSentence(), what == 3 ? ScheduledTweet.Status.BLOCKED : t.status(), findings,
                t.sequence());
    }

    private static List<ScheduledTweet> campaign(int count) {
        List<ScheduledTweet> tweets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int post = i / 5;
            String url = "https://notes.example.org/2026/03/post-" + post + "/";
            tweets.add(new ScheduledTweet("p" + post + "-" + (i % 5), "post-" + post + ".md", "Post " + post,
                    "Teaser " + i + " about hand hygiene. " + url, url, START.plusHours(12L * i), 60, 140,
                    TeaserSource.HEADING, "Teaser " + i + ".", ScheduledTweet.Status.READY, List.of(), i % 5));
        }
        return tweets;
    }
}
