package dev.rounds.campaign.extract;

import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.List;

/** Blocks the author marked as teasers ({@code {.tweet}}), in document order. */
final class MarkedPoints {

    private MarkedPoints() {
    }

    static List<Candidate> from(AnalysedPost post) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < post.blocks().size(); i++) {
            ContentBlock block = post.block(i);
            // An epigraph is never a teaser, even marked: it is someone else's line set before the post begins.
            if (!block.marked() || post.isEpigraph(i)) {
                continue;
            }
            if (block.kind() == Kind.HEADING) {
                String text = TeaserText.clean(block.text());
                candidates.add(post.candidate(i, 0, text, Words.collapseWhitespace(block.text()), TeaserSource.MARKER));
            } else if (TeaserText.hasLeadIn(block)) {
                candidates.add(ListPoints.leadInItem(post, i, TeaserSource.MARKER));
            } else {
                post.wholeOrBestSentence(i, TeaserSource.MARKER).ifPresent(candidates::add);
            }
        }
        return candidates;
    }
}
