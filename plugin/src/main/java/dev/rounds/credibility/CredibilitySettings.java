package dev.rounds.credibility;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * What the build-time credibility checks are asked to do. The defaults keep a build quiet and network-free.
 *
 * @param reviewMaxAge the oldest a post's {@code lastReviewed} may be, or null for no limit
 * @param reviewAction what an overdue review does
 * @param checkLinks whether to request every reference's address (the only check that uses the network)
 * @param linkTimeout how long to wait for one address, connecting and answering
 * @param linkConcurrency how many addresses are requested at once
 */
public record CredibilitySettings(Period reviewMaxAge, Action reviewAction, boolean checkLinks, Duration linkTimeout,
                                  int linkConcurrency) {

    /** What a failed check does to the build. */
    public enum Action { WARN, FAIL }

    public static final Duration DEFAULT_LINK_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_LINK_CONCURRENCY = 4;

    public CredibilitySettings {
        Objects.requireNonNull(reviewAction, "reviewAction");
        Objects.requireNonNull(linkTimeout, "linkTimeout");
        if (reviewMaxAge != null && (reviewMaxAge.isNegative() || reviewMaxAge.isZero())) {
            throw new IllegalArgumentException("reviewMaxAge must be a positive period: " + reviewMaxAge);
        }
        if (linkConcurrency < 1) {
            throw new IllegalArgumentException("linkConcurrency must be at least 1: " + linkConcurrency);
        }
    }

    /** No review age limit, no network. */
    public static CredibilitySettings defaults() {
        return new CredibilitySettings(null, Action.WARN, false, DEFAULT_LINK_TIMEOUT, DEFAULT_LINK_CONCURRENCY);
    }
}
