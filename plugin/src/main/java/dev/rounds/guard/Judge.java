package dev.rounds.guard;

import java.util.Optional;

/**
 * Looks at the words around a regex match and decides how sure the rule is, or drops the match. This is where a
 * rule tells "a 92-year-old" (one person) from "adults aged 92 and older" (a population).
 */
@FunctionalInterface
interface Judge {

    /** The confidence of this match, or empty when its context shows it does not identify a patient. */
    Optional<Confidence> judge(Match match);

    static Judge always(Confidence confidence) {
        Optional<Confidence> result = Optional.of(confidence);
        return match -> result;
    }

    static Optional<Confidence> high() {
        return Optional.of(Confidence.HIGH);
    }

    static Optional<Confidence> medium() {
        return Optional.of(Confidence.MEDIUM);
    }

    static Optional<Confidence> drop() {
        return Optional.empty();
    }
}
