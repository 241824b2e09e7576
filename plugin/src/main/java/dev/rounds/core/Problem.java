package dev.rounds.core;

import java.util.Objects;

/**
 * One thing wrong with the author's input, located precisely enough to fix it.
 *
 * @param source where it is: a path relative to the blog (a post, a template), or a tweet id
 * @param line the 1-based line, or 0 when the problem concerns the whole source
 * @param severity whether it fails the build
 * @param message what is wrong
 * @param fix how to fix it (may be empty)
 */
public record Problem(String source, int line, Severity severity, String message, String fix)
        {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static Problem error(String source, int line, String message, String fix) {
        return new Problem(source, line, Severity.ERROR, message, fix);
    }

    public static Problem warning(String source, int line, String message, String fix) {
        return new Problem(source, line, Severity.WARNING, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code posts/a.md:12: the date "tomorrow" cannot be read. Fix: write it as 2024-03-26.} */
    public String describe() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ").append(message);
        if (!fix.isEmpty()) {
            text.append(" Fix: ").append(fix);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
