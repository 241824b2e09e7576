package dev.rounds.campaign.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * TextRank over sentences: a sentence matters when sentences that matter share its words. The similarity is the
 * original paper's overlap normalised by sentence length (Mihalcea and Tarau, 2004); the ranking is PageRank with
 * damping 0.85, iterated until it no longer moves.
 */
final class TextRank {

    private static final double DAMPING = 0.85;
    private static final double CONVERGED = 1e-10;
    private static final int MAX_ROUNDS = 500;

    private TextRank() {
    }

    /** One score per sentence (given as its meaning-carrying words), summing to 1; empty for no sentences. */
    static double[] rank(List<Set<String>> sentences) {
        int count = sentences.size();
        double[][] weights = similarities(sentences);
        double[] outWeight = new double[count];
        for (int from = 0; from < count; from++) {
            for (int to = 0; to < count; to++) {
                outWeight[from] += weights[from][to];
            }
        }
        double[] scores = new double[count];
        Arrays.fill(scores, 1.0 / Math.max(count, 1));
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] next = step(weights, outWeight, scores);
            double moved = 0;
            for (int i = 0; i < count; i++) {
                moved += Math.abs(next[i] - scores[i]);
            }
            scores = next;
            if (moved < CONVERGED) {
                break;
            }
        }
        return scores;
    }

    private static double[] step(double[][] weights, double[] outWeight, double[] scores) {
        int count = scores.length;
        // A sentence that shares no word with any other passes its score to all equally, so scores keep summing to 1.
        double dangling = 0;
        for (int from = 0; from < count; from++) {
            if (outWeight[from] == 0) {
                dangling += scores[from];
            }
        }
        double[] next = new double[count];
        for (int to = 0; to < count; to++) {
            double received = dangling / count;
            for (int from = 0; from < count; from++) {
                if (weights[from][to] > 0) {
                    received += weights[from][to] / outWeight[from] * scores[from];
                }
            }
            next[to] = (1 - DAMPING) / count + DAMPING * received;
        }
        return next;
    }

    private static double[][] similarities(List<Set<String>> sentences) {
        int count = sentences.size();
        double[][] weights = new double[count][count];
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                double similarity = similarity(sentences.get(a), sentences.get(b));
                weights[a][b] = similarity;
                weights[b][a] = similarity;
            }
        }
        return weights;
    }

    static double similarity(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        if (shared == 0) {
            return 0;
        }
        return shared / (Math.log(1 + a.size()) + Math.log(1 + b.size()));
    }
}
