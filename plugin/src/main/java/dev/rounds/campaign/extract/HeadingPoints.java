package dev.rounds.campaign.extract;

import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /**
     * Per section, its sentences that stand alone, best first: if the best one is already taken by a more
     * authoritative point, the section can still be carried by its next best.
     */
    static List<List<Candidate>> from(AnalysedPost post) {
        List<List<Candidate>> sections = new ArrayList<>();
        for (int i = 0; i < post.blocks().size(); i++) {
            ContentBlock heading = post.block(i);
            if (heading.kind() != Kind.HEADING || heading.text().isBlank()
                    || SectionNames.isKeyPoints(heading.text()) || SectionNames.isReferences(heading.text())) {
                continue;
            }
            List<Candidate> alternatives = sentencesBestFirst(post, i).stream()
                    .map(sentence -> candidate(post, heading, sentence))
                    .toList();
            if (!alternatives.isEmpty()) {
                sections.add(alternatives);
            }
        }
        return sections;
    }

    private static Candidate candidate(AnalysedPost post, ContentBlock heading, Sentence sentence) {
        ContentBlock block = post.block(sentence.blockIndex());
        KeyPoint point = new KeyPoint(sentence.text(), heading.sectionId(), TeaserSource.HEADING, block.line(),
                sentence.original());
        return new Candidate(point, sentence.blockIndex(), sentence.indexInBlock());
    }

    private static List<Sentence> sentencesBestFirst(AnalysedPost post, int headingIndex) {
        Set<String> headingWords = Words.contentWords(post.block(headingIndex).text());
        // Each sentence's weight worked out once, not at every comparison of the sort.
        record Weighed(Sentence sentence, double weight) {
        }
        Comparator<Weighed> best = Comparator.comparingDouble(Weighed::weight).reversed()
                .thenComparingInt(w -> w.sentence().blockIndex())
                .thenComparingInt(w -> w.sentence().indexInBlock());
        return post.sentences().stream()
                .filter(s -> post.headingOf(s.blockIndex()) == headingIndex && s.eligible())
                .filter(s -> isProse(post.block(s.blockIndex()).kind()))
                .map(s -> new Weighed(s, carries(s, headingWords) * proseWeight(post, s)))
                .sorted(best)
                .map(Weighed::sentence)
                .toList();
    }

    private static double carries(Sentence sentence, Set<String> headingWords) {
        int carried = 0;
        for (String word : headingWords) {
            if (sentence.words().contains(word)) {
                carried++;
            }
        }
        double shared = headingWords.isEmpty() ? 0 : (double) carried / headingWords.size();
        return ((1 - HEADING_WEIGHT) * sentence.rank() + HEADING_WEIGHT * shared) * sentence.lengthFactor();
    }

    /**
     * List items are often fragments that lean on the list's lead-in ("Significant brain injury, where…"): a section
     * is carried by a paragraph sentence when it has one.
     */
    private static double proseWeight(AnalysedPost post, Sentence sentence) {
        return post.block(sentence.blockIndex()).kind() == Kind.LIST_ITEM ? LIST_ITEM_WEIGHT : 1.0;
    }

    private static final double LIST_ITEM_WEIGHT = 0.5;

    /** Quotes are someone else's words; a section is carried by the author's own. */
    private static boolean isProse(Kind kind) {
        return kind == Kind.PARAGRAPH || kind == Kind.LIST_ITEM;
    }
}
