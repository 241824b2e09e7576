package dev.rounds.campaign.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
