package dev.rounds.campaign;

import java.util.Objects;

/**
 * A point of a post worth a teaser.
 *
 * @param text the teaser text before composing (no link, no hashtags)
 * @param sectionId the heading id the teaser should link to, or "" for the post itself
 * @param source where it came from
 * @param line the line in the post's file it came from (0 if unknown)
 * @param sourceSentence the sentence (or text) of the post it was taken from, shown in the preview
 */
public record KeyPoint(String text, String sectionId, TeaserSource source, int line, String sourceSentence) {
    public KeyPoint {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        sectionId = sectionId == null ? "" : sectionId;
        sourceSentence = sourceSentence == null ? text : sourceSentence;
    }
}
