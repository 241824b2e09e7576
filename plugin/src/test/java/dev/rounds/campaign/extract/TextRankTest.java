package dev.rounds.campaign.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TextRankTest {

    @Test
    void theSentenceSharingWordsWithAllOthersRanksFirst() {
        double[] scores = TextRank.rank(List.of(
                Set.of("statins", "elderly", "stroke", "frailty"),
                Set.of("statins", "stroke"),
                Set.of("elderly", "frailty"),
                Set.of("clinic", "parking")));
        for (int other = 1; other < scores.length; other++) {
            assertTrue(scores[0] > scores[other], "hub should outrank sentence " + other);
        }
        assertTrue(scores[3] < scores[1], "an unconnected sentence ranks lowest");
    }

    @Test
    void noSentencesGiveNoScores() {
        assertEquals(0, TextRank.rank(List.of()).length);
    }

    /** The two ways of counting a pair's shared words (bit sets, sorted merge) agree for any two sets of numbers. */
    @Property(tries = 2000)
    void bitSetsAndMergesCountTheSameSharedWords(@ForAll @Size(max = 40) Set<@IntRange(max = 700) Integer> a,
            @ForAll @Size(max = 40) Set<@IntRange(max = 700) Integer> b) {
        int[] sortedA = a.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] sortedB = b.stream().mapToInt(Integer::intValue).sorted().toArray();
        long[] bitsA = new long[11];
        long[] bitsB = new long[11];
        a.forEach(word -> bitsA[word >>> 6] |= 1L << word);
        b.forEach(word -> bitsB[word >>> 6] |= 1L << word);
        int expected = (int) a.stream().filter(b::contains).count();
        assertEquals(expected, TextRank.shared(sortedA, sortedB));
        assertEquals(expected, TextRank.shared(bitsA, bitsB));
    }

    /** Past the bit sets' limit (2,048 distinct words) pairs are merged, and the hub still ranks first. */
    @Test
    void aPostWithThousandsOfDistinctWordsStillRanks() {
        List<Set<String>> sentences = new ArrayList<>();
        Set<String> hub = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) {
            Set<String> words = new java.util.HashSet<>(Set.of("shared" + i));
            for (int k = 0; k < 40; k++) {
                words.add("only" + i + "-" + k);
            }
            sentences.add(words);
            hub.add("shared" + i);
        }
        sentences.add(hub);
        double[] scores = TextRank.rank(sentences);
        for (int i = 0; i < 60; i++) {
            assertTrue(scores[60] > scores[i], "the sentence sharing a word with every other ranks first");
        }
    }

    @Property(tries = 200)
    void scoresArePositiveAndSumToOne(@ForAll @Size(max = 12) List<@Size(max = 5) Set<@net.jqwik.api.constraints.StringLength(max = 2) String>> sentences) {
        double[] scores = TextRank.rank(new ArrayList<>(sentences));
        double sum = 0;
        for (double score : scores) {
            assertTrue(score > 0);
            sum += score;
        }
        if (scores.length > 0) {
            assertEquals(1.0, sum, 1e-6);
        }
    }
}
