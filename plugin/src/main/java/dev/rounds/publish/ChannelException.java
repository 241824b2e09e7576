package dev.rounds.publish;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A channel could not publish a tweet; the {@link Kind} tells the publisher whether the tweet may have gone out. */
public final class ChannelException extends Exception {

    /** Why a send failed, sorted by what the publisher may safely do next. */
    public enum Kind {
        /** Refused before posting; try again after {@link #resetAt()}. */
        RATE_LIMITED,
        /** The channel already has this exact text: it was posted before. */
        DUPLICATE,
        /** The credentials were refused: nothing was posted and nothing else will be. */
        AUTH,
        /** The server answered with an error; {@link #retryable()} says whether a retry cannot double-post. */
        SERVER,
        /** No answer (a timeout, a dropped connection): the tweet may or may not have been posted. */
        UNKNOWN_OUTCOME,
        /** Refused for another reason (e.g. a malformed request): nothing was posted. */
        OTHER
    }

    private final Kind kind;
    private final boolean retryable;
    private final Instant resetAt;

    private ChannelException(Kind kind, String message, boolean retryable, Instant resetAt, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryable = retryable;
        this.resetAt = resetAt;
    }

    public static ChannelException rateLimited(String message, Instant resetAt) {
        return new ChannelException(Kind.RATE_LIMITED, message, false, resetAt, null);
    }

    public static ChannelException duplicate(String message) {
        return new ChannelException(Kind.DUPLICATE, message, false, null, null);
    }

    /** The message must name where the credentials came from and must never contain their values. */
    public static ChannelException auth(String message) {
        return new ChannelException(Kind.AUTH, message, false, null, null);
    }

    public static ChannelException server(String message, boolean retryable, Throwable cause) {
        return new ChannelException(Kind.SERVER, message, retryable, null, cause);
    }

    public static ChannelException unknownOutcome(String message, Throwable cause) {
        return new ChannelException(Kind.UNKNOWN_OUTCOME, message, false, null, cause);
    }

    public static ChannelException other(String message, Throwable cause) {
        return new ChannelException(Kind.OTHER, message, false, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** True only for a {@link Kind#SERVER} answer that says the request failed as a whole. */
    public boolean retryable() {
        return retryable;
    }

    /** When a rate limit lifts, if the channel said so. */
    public Optional<Instant> resetAt() {
        return Optional.ofNullable(resetAt);
    }
}
