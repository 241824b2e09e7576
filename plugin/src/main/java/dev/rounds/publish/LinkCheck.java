package dev.rounds.publish;

import java.util.Objects;

/**
 * Whether a tweet's page can be read yet.
 *
 * @param live true when the page answers
 * @param detail what was seen, for the log ({@code HTTP 404}, {@code no such file})
 */
public record LinkCheck(boolean live, String detail) {

    public LinkCheck {
        Objects.requireNonNull(detail, "detail");
    }

    public static LinkCheck live(String detail) {
        return new LinkCheck(true, detail);
    }

    public static LinkCheck notLive(String detail) {
        return new LinkCheck(false, detail);
    }
}
