package dev.rounds.guard;

import java.util.Objects;

/**
 * One place where a text may identify a patient.
 *
 * @param id a stable id the author can acknowledge in front matter; see {@link FindingId} for its format
 * @param category what kind of identifier
 * @param rule the name of the {@link Rule} that found it, e.g. {@code titled-name}
 * @param matched the text that matched, exactly as written
 * @param line the 1-based line within the scanned text (the caller maps it to a file line or a tweet)
 * @param confidence how sure the guard is
 * @param suggestion how to fix it
 */
public record Finding(String id, Category category, String rule, String matched, int line, Confidence confidence,
                      String suggestion) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(suggestion, "suggestion");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
    }

    public boolean isHighConfidence() {
        return confidence == Confidence.HIGH;
    }
}
