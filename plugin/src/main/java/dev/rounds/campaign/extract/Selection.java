package dev.rounds.campaign.extract;

import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.TeaserSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key points chosen so far. Candidates are offered most authoritative first; one is taken only if there is room,
 * it has words, it carries no markup residue, it is not the title (the intro teaser covers that) and it does not
 * repeat a point already taken.
 */
final class Selection {

    private final String title;
    private final int max;
    private final List<Candidate> chosen = new ArrayList<>();
    private final Map<String, Set<String>> contentWords = new HashMap<>();

    Selection(String title, int max) {
        this.title = Words.comparable(title);
        this.max = max;
    }

    /** The content words of each text offered or taken, found once (every offer compares with every point taken). */
    private Set<String> contentWords(String text) {
        return contentWords.computeIfAbsent(text, Words::contentWords);
    }

    boolean isFull() {
        return chosen.size() >= max;
    }

    void offerAll(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (isFull()) {
                return;
            }
            offer(candidate);
        }
    }

    /** Takes the first of the alternatives that is acceptable, if any. */
    void offerFirstOf(List<List<Candidate>> alternativesPerPoint) {
        for (List<Candidate> alternatives : alternativesPerPoint) {
            for (Candidate candidate : alternatives) {
                if (isFull() || offer(candidate)) {
                    break;
                }
            }
        }
    }

    private boolean offer(Candidate candidate) {
        String text = candidate.point().text();
        boolean authors = candidate.point().source() == TeaserSource.AUTHOR;
        if (text.isBlank() || (!authors && (Words.tokens(text).isEmpty() || SentenceQuality.hasMarkup(text)))) {
            return false;
        }
        if (Words.comparable(text).equals(title)) {
            return false;
        }
        Set<String> words = contentWords(text);
        for (Candidate taken : chosen) {
            String takenText = taken.point().text();
            if (Words.nearDuplicates(takenText, contentWords(takenText), text, words)) {
                return false;
            }
        }
        return chosen.add(candidate);
    }

    /** By source (the order of authority), then by place in the post. */
    List<KeyPoint> inAuthorityOrder() {
        return chosen.stream().sorted(Candidate.AUTHORITY_THEN_DOCUMENT_ORDER).map(Candidate::point).toList();
    }
}
