package dev.rounds.campaign.extract;

import dev.rounds.campaign.KeyPoint;
import java.util.Comparator;
import java.util.Objects;

/**
 * A key point with its place in the post, so the chosen ones can be put back in document order.
 *
 * @param point the key point
 * @param blockIndex the block it came from (for author teasers, their place in front matter)
 * @param indexInBlock the sentence of that block (0 for whole blocks)
 */
record Candidate(KeyPoint point, int blockIndex, int indexInBlock) {

    static final Comparator<Candidate> AUTHORITY_THEN_DOCUMENT_ORDER =
            Comparator.comparingInt((Candidate c) -> c.point().source().ordinal())
                    .thenComparingInt(Candidate::blockIndex)
                    .thenComparingInt(Candidate::indexInBlock);

    Candidate {
        Objects.requireNonNull(point, "point");
    }
}
