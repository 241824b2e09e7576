package dev.rounds.publish;

import dev.rounds.core.Log;
import dev.rounds.core.RoundsException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Publishes the tweets that are due, once and only once. The recipe: apply the author's overrides, sort the plan into
 * blocked / already done / in flight / not yet due / stale / due, then send the due ones oldest first, each after its
 * link check and an {@code in-flight} ledger record, until {@code maxPerRun} or a rate limit stops the run.
 *
 * <p>Retries: a {@link ChannelException.Kind#SERVER} answer marked retryable (X: HTTP 500, 502, 503) is retried up to
 * {@link #MAX_ATTEMPTS} times with doubling pauses. Those are answers that the request failed as a whole; should X have
 * posted the tweet anyway, the retry of the same text is refused as a duplicate, which is recorded, not resent. A
 * timeout, a dropped connection or a 504 is never retried: the tweet stays {@code in-flight} for the author to check.
 */
public final class Publisher {

    public static final int MAX_ATTEMPTS = 3;
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);

    private final Ledger ledger;
    private final LinkChecker linkChecker;
    private final Sleeper sleeper;
    private final Log log;

    public Publisher(Ledger ledger, LinkChecker linkChecker, Sleeper sleeper, Log log) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.linkChecker = Objects.requireNonNull(linkChecker, "linkChecker");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.log = Objects.requireNonNull(log, "log");
    }

    public Publisher(Ledger ledger, Log log) {
        this(ledger, new SiteLinkChecker(), Sleeper.real(), log);
    }

    /**
     * Runs once. {@code now} decides what is due and stamps the ledger. Throws {@link RoundsException} when the
     * channel refuses the credentials (the message names their source, never a value).
     */
    public PublishReport publish(Plan plan, Instant now, PublishOptions options) {
        Ledger book = options.dryRun() ? ledger.detachedCopy() : ledger;
        LinkChecker links = options.checkLinks() ? linkChecker : LinkChecker.trusting();
        return new PublishRun(plan, now, options, book, links, sleeper, log).run();
    }

    static String inFlightAdvice(String id, LedgerEntry entry, Ledger book, boolean textChanged) {
        String where = book.file().map(Object::toString).orElse("the ledger");
        return "handed to " + entry.channel() + " at " + entry.at() + " but never confirmed (no answer, or the run "
                + "stopped before recording it)" + (textChanged ? "; the plan's text for it has changed since" : "")
                + ". Check the account. If the tweet is there, publish with markSent=" + id + " (or set its \"state\" "
                + "to \"sent\" in " + where + "); if it is not, publish with resend=" + id + " (or delete its entry). "
                + "It will not be sent again until then.";
    }

    static Map<String, PlannedTweet> byId(Plan plan) {
        return plan.tweets().stream().collect(Collectors.toMap(PlannedTweet::id, tweet -> tweet));
    }

    static List<PlannedTweet> inSendingOrder(List<PlannedTweet> tweets) {
        return tweets.stream()
                .sorted(Comparator.comparing(PlannedTweet::dueAt).thenComparing(PlannedTweet::id))
                .toList();
    }
}
