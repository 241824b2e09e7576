package dev.rounds.campaign.extract;

import java.util.Objects;
import java.util.Set;

/**
 * One sentence of a post, as the ranking sees it.
 *
 * @param blockIndex the block it is in
 * @param indexInBlock its place in that block
 * @param text its text, cleaned for a teaser
 * @param original its text as the post has it, for the preview
 * @param words its meaning-carrying words
 * @param rank its TextRank score, scaled so the post's best sentence has 1
 * @param standalone whether it can be read without the sentences around it
 * @param question whether it asks (fit for an intro, never a teaser of its own)
 * @param lengthFactor how much its length costs it (1 for a tweetable sentence)
 */
record Sentence(int blockIndex, int indexInBlock, String text, String original, Set<String> words, double rank,
                boolean standalone, boolean question, double lengthFactor) {

    Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(original, "original");
        words = Set.copyOf(words);
    }

    /** Whether it may become a teaser on its own. */
    boolean eligible() {
        return standalone && !question;
    }

    double score() {
        return rank * lengthFactor;
    }

    Sentence withRank(double newRank) {
        return new Sentence(blockIndex, indexInBlock, text, original, words, newRank, standalone, question,
                lengthFactor);
    }
}
