package dev.rounds.campaign.extract;

import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each section's heading with the sentence of the section that best carries it: a highly ranked sentence that stands
 * alone and shares words with the heading. A section with no such sentence gives no point.
 */
final class HeadingPoints {

    /** How much sharing the heading's words counts against the sentence's rank in the whole post. */
    private static final double HEADING_WEIGHT = 0.4;

    private HeadingPoints() {
    }

    static List<Candidate> from(AnalysedPost post) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < post.blocks().size(); i++) {
            ContentBlock heading = post.block(i);
            if (heading.kind() != Kind.HEADING || heading.text().isBlank()
                    || SectionNames.isKeyPoints(heading.text()) || SectionNames.isReferences(heading.text())) {
                continue;
            }
            bestSentence(post, i).ifPresent(sentence -> {
                ContentBlock block = post.block(sentence.blockIndex());
                KeyPoint point = new KeyPoint(sentence.text(), heading.sectionId(), TeaserSource.HEADING,
                        block.line(), sentence.original());
                candidates.add(new Candidate(point, sentence.blockIndex(), sentence.indexInBlock()));
            });
        }
        return candidates;
    }

    private static Optional<Sentence> bestSentence(AnalysedPost post, int headingIndex) {
        Set<String> headingWords = Words.contentWords(post.block(headingIndex).text());
        Comparator<Sentence> best = Comparator.comparingDouble((Sentence s) -> carries(s, headingWords)).reversed()
                .thenComparingInt(Sentence::blockIndex)
                .thenComparingInt(Sentence::indexInBlock);
        return post.sentences().stream()
                .filter(s -> post.headingOf(s.blockIndex()) == headingIndex && s.eligible())
                .filter(s -> isProse(post.block(s.blockIndex()).kind()))
                .min(best);
    }

    private static double carries(Sentence sentence, Set<String> headingWords) {
        double shared = headingWords.isEmpty() ? 0
                : (double) headingWords.stream().filter(sentence.words()::contains).count() / headingWords.size();
        return ((1 - HEADING_WEIGHT) * sentence.rank() + HEADING_WEIGHT * shared) * sentence.lengthFactor();
    }

    /** Quotes are someone else's words; a section is carried by the author's own. */
    private static boolean isProse(Kind kind) {
        return kind == Kind.PARAGRAPH || kind == Kind.LIST_ITEM;
    }
}
