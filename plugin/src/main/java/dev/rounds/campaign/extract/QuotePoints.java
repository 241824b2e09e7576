package dev.rounds.campaign.extract;

import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.List;

/** Pull quotes first (the author set them apart), then plain blockquotes; never an epigraph. */
final class QuotePoints {

    private QuotePoints() {
    }

    static List<Candidate> from(AnalysedPost post) {
        List<Candidate> pullQuotes = new ArrayList<>();
        List<Candidate> quotes = new ArrayList<>();
        for (int i = 0; i < post.blocks().size(); i++) {
            Kind kind = post.block(i).kind();
            if (post.isEpigraph(i) || post.inReferenceSection(i)) {
                continue;
            }
            if (kind == Kind.PULL_QUOTE) {
                post.wholeOrBestSentence(i, TeaserSource.QUOTE).ifPresent(pullQuotes::add);
            } else if (kind == Kind.QUOTE) {
                post.wholeOrBestSentence(i, TeaserSource.QUOTE).ifPresent(quotes::add);
            }
        }
        pullQuotes.addAll(quotes);
        return pullQuotes;
    }
}
