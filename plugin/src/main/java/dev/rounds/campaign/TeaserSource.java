package dev.rounds.campaign;

import java.util.Locale;

/** Where a teaser's key point came from, in order of authority. Written in campaign.json in lower case. */
public enum TeaserSource {
    /** The intro teaser: the post's title and hook. */
    INTRO,
    /** The author's own {@code tweets:} in front matter. */
    AUTHOR,
    /** A block the author marked with {@code {.tweet}}. */
    MARKER,
    /** A section heading with the sentence that best carries it. */
    HEADING,
    /** A pull quote or blockquote. */
    QUOTE,
    /** An item under a "key points" / "takeaways" / "bottom line" heading, or a bold list lead-in. */
    LIST,
    /** Ranked extraction over all sentences. */
    RANKED,
    /** A re-share of an older post's teaser from the evergreen queue. */
    EVERGREEN;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
