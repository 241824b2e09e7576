package dev.rounds.source;

import java.util.Objects;

/**
 * A teaser the author wrote in front matter ({@code tweets:}).
 *
 * @param text the teaser text, without link or hashtags
 * @param section the heading id (or heading text) of the section it teases, or "" for the post itself
 * @param line the front-matter line it was written on
 */
public record AuthorTeaser(String text, String section, int line) {
    public AuthorTeaser {
        Objects.requireNonNull(text, "text");
        section = section == null ? "" : section;
    }
}
