package dev.rounds.campaign;

import dev.rounds.campaign.compose.ComposedTweet;
import dev.rounds.campaign.compose.TeaserComposer;
import dev.rounds.campaign.compose.TweetLength;
import dev.rounds.campaign.extract.KeyPointExtractor;
import dev.rounds.guard.ConfidentialityGuard;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.List;
import java.util.Optional;

/**
 * Puts a made-up post through the campaign's libraries once, so that a cold JVM's first real plan does not pay for
 * setting them up: ICU's sentence rules with the clinical abbreviations (kept for the JVM by the sentence splitter),
 * the guard's patterns, twitter-text's configuration, and the first run of each. rounds:build starts it on a thread
 * of its own when it has pages to build, so the rounds:campaign that follows in the same Maven run finds them ready;
 * the site's build uses the other core little in that time. Nothing it makes is kept or written.
 */
public final class CampaignWarmUp {

    private static final String SECTION = "when-to-admit";
    private static final String HEADING = "When to admit";
    private static final List<ContentBlock> SAMPLE = List.of(
            new ContentBlock(Kind.HEADING, HEADING, SECTION, HEADING, 1, false, ""),
            new ContentBlock(Kind.PARAGRAPH, "Most adults with community-acquired pneumonia can be treated at home, "
                    + "e.g. those with a CURB-65 score of 0 or 1. Oxygen saturation below 92% means admission. See "
                    + "https://www.nice.org.uk/guidance/ng138 for the guideline (2019).", SECTION, HEADING, 3, false,
                    ""),
            new ContentBlock(Kind.LIST_ITEM, "Amoxicillin 500 mg three times a day for 5 days.", SECTION, HEADING, 5,
                    false, "Dose"),
            new ContentBlock(Kind.QUOTE,
                    "“Listen to your patient, he is telling you the diagnosis.” — William Osler", SECTION, HEADING, 7,
                    false, ""),
            new ContentBlock(Kind.TABLE_CELL, "Review on day 3", SECTION, HEADING, 9, false, ""));

    private CampaignWarmUp() {
    }

    /**
     * Runs the made-up post through key points, composing and the guard; writes nothing.
     *
     * @return how many teasers were composed and scanned (the tests hold it to more than one, so the warm-up keeps
     *         reaching twitter-text and the guard's tweet rules)
     */
    public static int run() {
        KeyPointExtractor extractor = new KeyPointExtractor();
        ConfidentialityGuard guard = new ConfidentialityGuard("example.org");
        TeaserComposer composer = new TeaserComposer(TweetLength.DEFAULT_LIMIT, 2);
        for (ContentBlock block : SAMPLE) {
            guard.scanPost(block.text());
        }
        PostContent post = new PostContent("Pneumonia at home", "", "en", List.of(), SAMPLE);
        int teasers = 0;
        for (KeyPoint point : extractor.extract(post, 3)) {
            Optional<ComposedTweet> tweet = composer.compose(point.text(), "https://example.org/pneumonia/#" + SECTION,
                    List.of("MedTwitter"));
            if (tweet.isPresent()) {
                guard.scanTweet(tweet.get().text());
                teasers++;
            }
        }
        return teasers;
    }
}
