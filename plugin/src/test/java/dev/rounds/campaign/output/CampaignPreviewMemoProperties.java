package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
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

    @Property(tries = 40)
    void everyPageHasTheKeyAFreshPreviewGivesIt(
            @ForAll @IntRange(min = 0, max = 700) int extra,
            @ForAll @Size(min = 1, max = 4) List<@Size(max = 40) List<@IntRange(min = 0, max = 1199) Integer>> saves,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 7) Integer> kinds) {
        CampaignPreview.Memo memo = new CampaignPreview.Memo();
        List<ScheduledTweet> first = EditedCampaigns.campaign(CampaignPreview.ONE_PAGE + 1 + extra);
        for (List<ScheduledTweet> tweets : EditedCampaigns.campaigns(first, saves, kinds)) {
            assertEquals(keys(tweets, null), keys(tweets, memo));
        }
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
        List<List<ScheduledTweet>> campaigns = EditedCampaigns.campaigns(
                EditedCampaigns.campaign(CampaignPreview.ONE_PAGE + 1 + extra), saves, kinds);
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
        Map<String, String> digests = EditedCampaigns.planDigests(tweets);
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
}
