package dev.rounds.campaign.extract;

import dev.rounds.campaign.TeaserSource;
import java.util.List;

/** For posts with little structure: every sentence that stands alone, best ranked first. */
final class RankedPoints {

    private RankedPoints() {
    }

    static List<Candidate> from(AnalysedPost post) {
        return post.sentences().stream()
                .filter(Sentence::eligible)
                .sorted(AnalysedPost.BEST_FIRST)
                .map(s -> post.candidate(s, TeaserSource.RANKED))
                .toList();
    }
}
