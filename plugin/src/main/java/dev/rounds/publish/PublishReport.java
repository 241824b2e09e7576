package dev.rounds.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one publish run did, tweet by tweet.
 *
 * @param dryRun whether nothing was really posted or recorded
 * @param sent posted now; the detail is the remote id
 * @param duplicates refused by the channel as already posted; recorded, never retried
 * @param waiting due, but the page was not live: tried again next run (nothing recorded)
 * @param skippedStale overdue past the stale limit and dropped (recorded {@code skipped-stale})
 * @param rateLimitedLeft due but not tried after the channel's rate limit; tried again next run
 * @param rateLimitResetAt when the channel said its limit lifts; null when there was no limit or no time given
 * @param inFlightUnconfirmed may or may not be online; never resent until the author says which (see the detail)
 * @param failed refused for another reason, not recorded: tried again next run
 * @param deferred due but beyond {@code maxPerRun}: next run, by design
 * @param blocked never sent: the campaign stage blocked them
 */
public record PublishReport(boolean dryRun, List<TweetOutcome> sent, List<TweetOutcome> duplicates,
                            List<TweetOutcome> waiting, List<TweetOutcome> skippedStale,
                            List<TweetOutcome> rateLimitedLeft, Instant rateLimitResetAt,
                            List<TweetOutcome> inFlightUnconfirmed, List<TweetOutcome> failed,
                            List<TweetOutcome> deferred, List<TweetOutcome> blocked) {

    public PublishReport {
        sent = List.copyOf(sent);
        duplicates = List.copyOf(duplicates);
        waiting = List.copyOf(waiting);
        skippedStale = List.copyOf(skippedStale);
        rateLimitedLeft = List.copyOf(rateLimitedLeft);
        inFlightUnconfirmed = List.copyOf(inFlightUnconfirmed);
        failed = List.copyOf(failed);
        deferred = List.copyOf(deferred);
        blocked = List.copyOf(blocked);
    }

    public Optional<Instant> rateLimitReset() {
        return Optional.ofNullable(rateLimitResetAt);
    }

    /**
     * Whether a due tweet did not go out for a reason the author should look at: a page not live, a rate limit, an
     * unconfirmed send, a refusal. Tweets deferred by {@code maxPerRun}, stale skips, duplicates and blocked tweets
     * are reported but do not count: they are the rules working.
     */
    public boolean hasUnsent() {
        return !waiting.isEmpty() || !rateLimitedLeft.isEmpty() || !inFlightUnconfirmed.isEmpty() || !failed.isEmpty();
    }

    /** A multi-line summary for the build log, one line per tweet that needs a word. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        String prefix = dryRun ? "[dry run] " : "";
        lines.add(prefix + "Published " + sent.size() + ", waiting " + waiting.size() + ", rate-limited "
                + rateLimitedLeft.size() + ", in flight unconfirmed " + inFlightUnconfirmed.size() + ", failed "
                + failed.size() + ", deferred " + deferred.size() + ", stale skipped " + skippedStale.size()
                + ", duplicates " + duplicates.size() + ", blocked " + blocked.size() + ".");
        section(lines, "Sent", sent);
        section(lines, "Waiting for the page to go live", waiting);
        section(lines, "Left by the rate limit" + rateLimitReset().map(at -> " (resets " + at + ")").orElse(""),
                rateLimitedLeft);
        section(lines, "In flight, CHECK THE ACCOUNT", inFlightUnconfirmed);
        section(lines, "Failed", failed);
        section(lines, "Skipped as stale", skippedStale);
        section(lines, "Already on the account (duplicate)", duplicates);
        return List.copyOf(lines);
    }

    private static void section(List<String> lines, String title, List<TweetOutcome> outcomes) {
        if (!outcomes.isEmpty()) {
            lines.add(title + ":");
            outcomes.forEach(outcome -> lines.add("  " + outcome.describe()));
        }
    }
}
