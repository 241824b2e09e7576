package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.site.Templates;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A preview page is written again only when its key changes, so its key must change whenever the page would read
 * differently: for any large campaign and any run of edits (reworded, retitled, moved, blocked, dropped, new ids),
 * keyed from the tweets' text or from their posts' plans, a page whose HTML (with the theme's template) is not what it
 * was has a new key.
 */
class CampaignPreviewKeysProperties {

    private static final Templates TEMPLATES = new Templates(null,
            CampaignPreviewKeysProperties.class.getClassLoader());

    @Property(tries = 15)
    void aPageThatReadsDifferentlyHasANewKey(
            @ForAll @IntRange(min = 0, max = 300) int extra,
            @ForAll @Size(min = 1, max = 3) List<@Size(max = 12) List<@IntRange(min = 0, max = 899) Integer>> saves,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 7) Integer> kinds,
            @ForAll boolean byPlans) {
        List<List<ScheduledTweet>> campaigns = EditedCampaigns.campaigns(
                EditedCampaigns.campaign(CampaignPreview.ONE_PAGE + 1 + extra), saves, kinds);
        Map<String, String[]> before = pages(campaigns.get(0), byPlans);
        for (List<ScheduledTweet> tweets : campaigns.subList(1, campaigns.size())) {
            Map<String, String[]> now = pages(tweets, byPlans);
            now.forEach((file, keyAndHtml) -> {
                String[] was = before.get(file);
                if (was != null && !was[1].equals(keyAndHtml[1])) {
                    assertNotEquals(was[0], keyAndHtml[0], file + " reads differently under the same key");
                }
            });
            before.clear();
            before.putAll(now);
        }
    }

    /** Each page's key and HTML. */
    private static Map<String, String[]> pages(List<ScheduledTweet> tweets, boolean byPlans) {
        Campaign campaign = new Campaign("https://notes.example.org/", 140, tweets);
        CampaignPreview preview = new CampaignPreview(null, byPlans ? EditedCampaigns.planDigests(tweets) : null);
        Map<String, String[]> pages = new LinkedHashMap<>();
        for (CampaignPreview.Page page : preview.pages(campaign, "Ward Notes", List.of("post-3.md"))) {
            StringWriter html = new StringWriter();
            TEMPLATES.render("campaign-preview.ftlh", page.model().get(), html);
            pages.put(page.file(), new String[] {page.key(), html.toString()});
        }
        return pages;
    }
}
