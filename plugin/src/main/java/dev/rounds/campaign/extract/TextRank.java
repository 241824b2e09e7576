package dev.rounds.campaign.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // Each sentence's in-links, in ascending order of the sentence they come from, with the link's share of that
        // sentence's weight: the same sums, in the same order, as walking the whole matrix every round.
        int[][] linkedFrom = new int[count][];
        double[][] share = new double[count][];
        for (int to = 0; to < count; to++) {
            int links = 0;
            for (int from = 0; from < count; from++) {
                if (weights[from][to] > 0) {
                    links++;
                }
            }
            linkedFrom[to] = new int[links];
            share[to] = new double[links];
            for (int from = 0, k = 0; from < count; from++) {
                if (weights[from][to] > 0) {
                    linkedFrom[to][k] = from;
                    share[to][k++] = weights[from][to] / outWeight[from];
                }
            }
        }
        double[] scores = new double[count];
        Arrays.fill(scores, 1.0 / Math.max(count, 1));
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] next = step(linkedFrom, share, outWeight, scores);
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

    private static double[] step(int[][] linkedFrom, double[][] share, double[] outWeight, double[] scores) {
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
            int[] froms = linkedFrom[to];
            double[] shares = share[to];
            for (int k = 0; k < froms.length; k++) {
                received += shares[k] * scores[froms[k]];
            }
            next[to] = (1 - DAMPING) / count + DAMPING * received;
        }
        return next;
    }

    /**
     * Every pair's similarity. Words are numbered once and each sentence becomes a sorted array of numbers, so a pair
     * costs one merge instead of a set lookup per word (this was a tenth of a full build).
     */
    private static double[][] similarities(List<Set<String>> sentences) {
        int count = sentences.size();
        Map<String, Integer> numbers = new HashMap<>();
        int[][] words = new int[count][];
        double[] logSizes = new double[count];
        for (int i = 0; i < count; i++) {
            Set<String> sentence = sentences.get(i);
            int[] ids = new int[sentence.size()];
            int k = 0;
            for (String word : sentence) {
                ids[k++] = numbers.computeIfAbsent(word, w -> numbers.size());
            }
            Arrays.sort(ids);
            words[i] = ids;
            logSizes[i] = Math.log(1 + ids.length);
        }
        // A post's sentences use a few hundred distinct words: as bit sets, a pair's shared words are a few ANDs and
        // bit counts rather than a merge that branches at every word. Both count the same words.
        int longs = (numbers.size() + 63) / 64;
        long[][] bits = longs <= MAX_BITSET_LONGS ? bitSets(words, longs) : null;
        double[][] weights = new double[count][count];
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                int shared = bits != null ? shared(bits[a], bits[b]) : shared(words[a], words[b]);
                double similarity = shared == 0 ? 0 : shared / (logSizes[a] + logSizes[b]);
                weights[a][b] = similarity;
                weights[b][a] = similarity;
            }
        }
        return weights;
    }

    /** Above this many words (64 a long) a merge of the two sentences' words is cheaper than their bit sets. */
    private static final int MAX_BITSET_LONGS = 32;

    private static long[][] bitSets(int[][] words, int longs) {
        long[][] bits = new long[words.length][longs];
        for (int i = 0; i < words.length; i++) {
            for (int word : words[i]) {
                bits[i][word >>> 6] |= 1L << word;
            }
        }
        return bits;
    }

    static int shared(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            shared += Long.bitCount(a[i] & b[i]);
        }
        return shared;
    }

    static int shared(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
