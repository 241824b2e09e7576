package dev.rounds.campaign.extract;

import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The author's own summaries: items under a "Key points" / "Bottom line" / "Puntos clave" / "Fazit" heading first,
 * then list items anywhere that open with a bold lead-in.
 */
final class ListPoints {

    private ListPoints() {
    }

    static List<Candidate> from(AnalysedPost post) {
        List<Candidate> summaryItems = new ArrayList<>();
        List<Candidate> leadIns = new ArrayList<>();
        for (int i = 0; i < post.blocks().size(); i++) {
            ContentBlock block = post.block(i);
            if (block.kind() != Kind.LIST_ITEM || post.inReferenceSection(i)) {
                continue;
            }
            boolean hasLeadIn = TeaserText.hasLeadIn(block);
            if (post.inKeyPointSection(i)) {
                if (hasLeadIn) {
                    summaryItems.add(leadInItem(post, i, TeaserSource.LIST));
                } else {
                    post.wholeOrBestSentence(i, TeaserSource.LIST).ifPresent(summaryItems::add);
                }
            } else if (hasLeadIn) {
                leadIns.add(leadInItem(post, i, TeaserSource.LIST));
            }
        }
        summaryItems.addAll(leadIns);
        return summaryItems;
    }

    static Candidate leadInItem(AnalysedPost post, int blockIndex, TeaserSource source) {
        ContentBlock item = post.block(blockIndex);
        String text = TeaserText.withLeadIn(item, post.splitter(), post.post().language());
        return post.candidate(blockIndex, 0, text, Words.collapseWhitespace(item.text()), source);
    }
}
