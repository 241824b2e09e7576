package dev.rounds.publish;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one publish run behaves.
 *
 * @param channel where tweets go
 * @param dryRun go through every step, link checks included, but post nothing and record nothing; each tweet carries
 *     the flag down to the channel, which stops just before its side effect
 * @param maxPerRun at most this many tweets are handed to the channel per run (default 2); the rest wait
 * @param staleAfter a tweet overdue by more than this is stale (default 48 hours)
 * @param stalePolicy what happens to stale tweets (default {@link StalePolicy#SKIP})
 * @param checkLinks check that each tweet's page is live before sending it (default true)
 * @param failOnUnsent whether the caller should fail the build when {@link PublishReport#hasUnsent()} (default true);
 *     the publisher itself only reports
 * @param markSent ids of in-flight tweets the author found on the account: recorded as sent, never resent
 * @param resend ids of in-flight tweets the author did not find on the account: cleared, so this run may send them
 */
public record PublishOptions(Channel channel, boolean dryRun, int maxPerRun, Duration staleAfter,
                             StalePolicy stalePolicy, boolean checkLinks, boolean failOnUnsent,
                             Set<String> markSent, Set<String> resend) {

    public static final int DEFAULT_MAX_PER_RUN = 2;
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(48);

    public PublishOptions {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(stalePolicy, "stalePolicy");
        markSent = Set.copyOf(markSent);
        resend = Set.copyOf(resend);
        if (maxPerRun < 0) {
            throw new IllegalArgumentException("maxPerRun must be 0 or more: " + maxPerRun);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive: " + staleAfter);
        }
        Set<String> both = new HashSet<>(markSent);
        both.retainAll(resend);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a tweet cannot be both marked sent and resent: " + both);
        }
    }

    public static PublishOptions defaults(Channel channel) {
        return new PublishOptions(channel, false, DEFAULT_MAX_PER_RUN, DEFAULT_STALE_AFTER, StalePolicy.SKIP, true,
                true, Set.of(), Set.of());
    }

    public PublishOptions withDryRun(boolean value) {
        return new PublishOptions(channel, value, maxPerRun, staleAfter, stalePolicy, checkLinks, failOnUnsent,
                markSent, resend);
    }

    public PublishOptions withMaxPerRun(int value) {
        return new PublishOptions(channel, dryRun, value, staleAfter, stalePolicy, checkLinks, failOnUnsent,
                markSent, resend);
    }

    public PublishOptions withStaleAfter(Duration value, StalePolicy policy) {
        return new PublishOptions(channel, dryRun, maxPerRun, value, policy, checkLinks, failOnUnsent,
                markSent, resend);
    }

    public PublishOptions withCheckLinks(boolean value) {
        return new PublishOptions(channel, dryRun, maxPerRun, staleAfter, stalePolicy, value, failOnUnsent,
                markSent, resend);
    }

    public PublishOptions withFailOnUnsent(boolean value) {
        return new PublishOptions(channel, dryRun, maxPerRun, staleAfter, stalePolicy, checkLinks, value,
                markSent, resend);
    }

    public PublishOptions withOverrides(Set<String> sent, Set<String> toResend) {
        return new PublishOptions(channel, dryRun, maxPerRun, staleAfter, stalePolicy, checkLinks, failOnUnsent,
                sent, toResend);
    }
}
