package dev.rounds.campaign;

import dev.rounds.campaign.extract.KeyPointExtractor;
import dev.rounds.campaign.schedule.Scheduler;
import dev.rounds.core.Log;
import dev.rounds.core.Problems;
import dev.rounds.guard.ConfidentialityGuard;
import dev.rounds.guard.Confidence;
import dev.rounds.guard.Finding;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.site.Post;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the blog's tweets: a series per published post (not drafts, future posts, {@code campaign: false} or posts
 * before {@code campaignSince}), every link checked against the built site, the post bodies and every teaser checked
 * by the confidentiality guard, then all of them timed together.
 */
public final class CampaignPlanner {

    private final CampaignSettings settings;
    private final String siteUrl;
    private final Log log;
    private final KeyPointExtractor extractor = new KeyPointExtractor();
    private final ConfidentialityGuard guard;
    private boolean includeUnpublished;

    public CampaignPlanner(CampaignSettings settings, String siteUrl, Log log) {
        this.settings = settings;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        this.log = log;
        this.guard = new ConfidentialityGuard(URI.create(siteUrl).getHost());
    }

    /** For previews: drafts and future posts get their series too (the preview marks them). */
    public CampaignPlanner includeUnpublished() {
        includeUnpublished = true;
        return this;
    }

    /** @param posts the published posts; problems collects what the author must see */
    public Campaign plan(List<Post> posts, Problems problems) {
        SeriesWriter writer = new SeriesWriter(settings, siteUrl, extractor, guard);
        List<Teaser> teasers = new ArrayList<>();
        for (Post post : posts) {
            checkBody(post, problems);
            if (!inCampaign(post)) {
                continue;
            }
            teasers.addAll(writer.series(post, problems));
        }
        Campaign campaign = new Campaign(siteUrl, settings.maxLength(), new Scheduler(settings).schedule(teasers));
        checkLinks(campaign, posts, problems);
        reportAcknowledged(campaign);
        return campaign;
    }

    private boolean inCampaign(Post post) {
        if (post.page() || !includeUnpublished && (post.draft() || post.scheduled()) || !post.frontMatter().campaign()) {
            return false;
        }
        return settings.campaignSince() == null
                || !post.date().withZoneSameInstant(settings.zone()).toLocalDate().isBefore(settings.campaignSince());
    }

    /** Post bodies: findings are warnings; a high-confidence one fails the build unless acknowledged. */
    private void checkBody(Post post, Problems problems) {
        for (ContentBlock block : post.blocks()) {
            for (Finding finding : guard.scanPost(block.text())) {
                if (post.frontMatter().acknowledged().contains(finding.id())) {
                    continue;
                }
                String message = "Possible patient identifier (" + finding.category().jsonName() + ", finding "
                        + finding.id() + "): \"" + finding.matched() + "\".";
                String fix = finding.suggestion() + " If it is not about a patient, add '- " + finding.id()
                        + "' under 'acknowledged:' in the front matter.";
                if (finding.confidence() == Confidence.HIGH) {
                    problems.error(post.source(), block.line(), message, fix);
                } else {
                    problems.warning(post.source(), block.line(), message, fix);
                }
            }
        }
    }

    private void checkLinks(Campaign campaign, List<Post> posts, Problems problems) {
        Map<String, Post> byUrl = new HashMap<>();
        posts.forEach(post -> byUrl.put(siteUrl + post.route(), post));
        for (ScheduledTweet tweet : campaign.tweets()) {
            Post target = byUrl.get(TeaserLinks.page(tweet.url()));
            String anchor = TeaserLinks.anchor(tweet.url());
            if (target == null) {
                problems.error(tweet.post(), 0, "Teaser " + tweet.id() + " links to " + tweet.url()
                        + ", which is not a page of the site.", "This is a Rounds fault; please report it.");
            } else if (!anchor.isEmpty() && !target.hasAnchor(anchor)) {
                problems.error(tweet.post(), 0, "Teaser " + tweet.id() + " links to #" + anchor
                        + ", which is not a heading of the post.", "Link the teaser to an existing section.");
            }
        }
    }

    private void reportAcknowledged(Campaign campaign) {
        for (ScheduledTweet tweet : campaign.tweets()) {
            for (GuardFinding finding : tweet.findings()) {
                if (finding.acknowledged()) {
                    log.warn(tweet.post() + ": teaser " + tweet.id() + " goes out with acknowledged finding "
                            + finding.id() + " (" + finding.category() + ": \"" + finding.matched() + "\").");
                }
            }
        }
    }
}
