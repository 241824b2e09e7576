package dev.rounds.campaign;

import dev.rounds.campaign.compose.ComposedTweet;
import dev.rounds.campaign.compose.SimilarTeasers;
import dev.rounds.campaign.compose.TeaserComposer;
import dev.rounds.campaign.extract.KeyPointExtractor;
import dev.rounds.core.Problems;
import dev.rounds.guard.ConfidentialityGuard;
import dev.rounds.guard.Finding;
import dev.rounds.site.Post;
import dev.rounds.site.TagRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes one post's series: an intro teaser (title and hook), then one teaser per key point, each composed to fit,
 * linked back to its section, checked by the confidentiality guard, and timed by the cadence.
 */
public final class SeriesWriter {

    private final CampaignSettings settings;
    private final KeyPointExtractor extractor;
    private final TeaserComposer composer;
    private final ConfidentialityGuard guard;
    private final TeaserLinks links;

    private final String siteUrl;

    /**
     * @param siteUrl the public site's base URL that teasers link to (a preview served locally still plans the
     *                links the real tweets will carry)
     */
    public SeriesWriter(CampaignSettings settings, String siteUrl, KeyPointExtractor extractor,
                        ConfidentialityGuard guard) {
        this.settings = settings;
        this.siteUrl = siteUrl;
        this.extractor = extractor;
        this.composer = new TeaserComposer(settings.maxLength(), settings.maxHashtags());
        this.guard = guard;
        this.links = new TeaserLinks(settings);
    }

    /** The guard the teasers are checked by (the planner checks post bodies with it too). */
    public ConfidentialityGuard guard() {
        return guard;
    }

    public List<Teaser> series(Post post, Problems problems) {
        int steps = Math.min(settings.maxTeasersPerPost(), settings.cadence().size());
        PostContent content = new PostContent(post.title(), post.description(), post.lang(),
                post.frontMatter().tweets(), post.blocks().stream().filter(block -> block.kind().isProse()).toList());
        List<String> hashtags = hashtags(post);
        List<Teaser> series = new ArrayList<>();
        List<SimilarTeasers.Compared> texts = new ArrayList<>();
        intro(post, hashtags).ifPresent(intro -> {
            series.add(teaser(post, intro, TeaserIds.intro(post.source()), TeaserSource.INTRO, hook(post), "", 0));
            texts.add(SimilarTeasers.Compared.of(intro.text()));
        });
        for (KeyPoint point : extractor.extract(content, steps * 2)) {
            if (series.size() >= steps) {
                break;
            }
            if (point.source() == TeaserSource.AUTHOR && !point.sectionId().isEmpty() && !post.hasAnchor(point.sectionId())) {
                problems.warning(post.source(), point.line(), "The teaser's section '" + point.sectionId()
                        + "' is not a heading of this post; it links to the post instead.",
                        "Use a heading's text or its id (shown in the table of contents).");
                point = new KeyPoint(point.text(), "", point.source(), point.line(), point.sourceSentence());
            }
            if (point.source() != TeaserSource.AUTHOR && SimilarTeasers.repeatsTitle(point.text(), post.title())) {
                continue;
            }
            String url = links.link(postUrl(post), post.slug(), point.sectionId());
            Optional<ComposedTweet> composed = composer.compose(point.text(), url, hashtags);
            if (composed.isEmpty()) {
                if (point.source() == TeaserSource.AUTHOR) {
                    problems.warning(post.source(), point.line(), "Your teaser cannot fit in " + settings.maxLength()
                            + " characters with its link, even shortened; it is left out.", "Write it shorter.");
                }
                continue;
            }
            ComposedTweet tweet = composed.get();
            if (tooMuchCut(point, tweet, url)) {
                continue;
            }
            SimilarTeasers.Compared compared = SimilarTeasers.Compared.of(tweet.text());
            if (texts.stream().anyMatch(other -> SimilarTeasers.nearDuplicate(other, compared))) {
                continue;
            }
            if (point.source() == TeaserSource.AUTHOR && tweet.shortened()) {
                problems.warning(post.source(), point.line(), "Your teaser was shortened to fit "
                        + settings.maxLength() + " characters: \"" + tweet.text() + "\".", "Write it shorter to keep your wording.");
            }
            texts.add(compared);
            series.add(teaser(post, tweet, TeaserIds.of(post.source(), point.text()), point.source(),
                    point.sourceSentence(), url, series.size()));
        }
        return series;
    }

    /**
     * The intro: the title with its hook when both fit whole, else the title alone. A hook cut in half reads worse
     * than no hook.
     */
    /**
     * A sentence the post wrote and the composer had to cut to less than {@value #MIN_KEPT} of its words says too
     * little to stand for the post; a later key point that fits does better. The author's own words are kept.
     */
    private static boolean tooMuchCut(KeyPoint point, ComposedTweet tweet, String url) {
        if (!tweet.shortened() || point.source() == TeaserSource.AUTHOR || point.source() == TeaserSource.MARKER) {
            return false;
        }
        int before = words(point.text());
        int after = words(tweet.text().replace(url, "").replaceAll("#\\S+", ""));
        return after < MIN_KEPT * before;
    }

    private static final double MIN_KEPT = 0.6;

    private static int words(String text) {
        String trimmed = text.replace("\u2026", " ").trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private Optional<ComposedTweet> intro(Post post, List<String> hashtags) {
        String link = links.link(postUrl(post), post.slug(), "");
        String hook = hook(post);
        if (!hook.isEmpty() && !SimilarTeasers.repeatsTitle(hook, post.title())) {
            String separator = post.title().matches(".*[.?!:]$") ? " " : ": ";
            Optional<ComposedTweet> whole = composer.compose(post.title() + separator + hook, link, hashtags)
                    .filter(tweet -> !tweet.shortened());
            if (whole.isPresent()) {
                return whole;
            }
        }
        return composer.compose(post.title(), link, hashtags);
    }

    private static String hook(Post post) {
        String description = post.description();
        int end = description.indexOf(". ");
        return (end > 0 ? description.substring(0, end + 1) : description).strip();
    }

    private Teaser teaser(Post post, ComposedTweet tweet, String id, TeaserSource source, String sentence,
                          String sectionUrl, int sequence) {
        List<GuardFinding> findings = new ArrayList<>();
        for (Finding finding : guard.scanTweet(tweet.text())) {
            findings.add(new GuardFinding(finding.id(), finding.category().jsonName(), finding.rule(), finding.matched(),
                    finding.suggestion(), post.frontMatter().acknowledged().contains(finding.id())));
        }
        String url = sectionUrl.isEmpty() ? links.link(postUrl(post), post.slug(), "") : sectionUrl;
        Instant desired = post.date().toInstant().plus(settings.cadence().get(Math.min(sequence, settings.cadence().size() - 1)));
        return new Teaser(id, post.source(), post.title(), tweet.text(), url, tweet.weightedLength(),
                settings.maxLength(), source, sentence, findings, sequence, desired);
    }

    private String postUrl(Post post) {
        return siteUrl + post.route();
    }

    private List<String> hashtags(Post post) {
        List<String> tags = new ArrayList<>();
        for (TagRef tag : post.tags()) {
            String hashtag = settings.hashtags().get(tag.slug());
            if (hashtag == null) {
                hashtag = settings.hashtags().get(tag.name().toLowerCase(Locale.ROOT));
            }
            if (hashtag != null && !tags.contains(hashtag)) {
                tags.add(hashtag);
            }
        }
        return tags;
    }
}
