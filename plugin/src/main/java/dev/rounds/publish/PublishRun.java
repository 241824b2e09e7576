package dev.rounds.publish;

import dev.rounds.core.Log;
import dev.rounds.core.RoundsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One call of {@link Publisher#publish}: the state of a single run, thrown away afterwards. */
final class PublishRun {

    private final Plan plan;
    private final Instant now;
    private final PublishOptions options;
    private final Ledger book;
    private final LinkChecker links;
    private final Sleeper sleeper;
    private final Log log;

    private final List<TweetOutcome> sent = new ArrayList<>();
    private final List<TweetOutcome> duplicates = new ArrayList<>();
    private final List<TweetOutcome> waiting = new ArrayList<>();
    private final List<TweetOutcome> skippedStale = new ArrayList<>();
    private final List<TweetOutcome> rateLimitedLeft = new ArrayList<>();
    private final List<TweetOutcome> inFlight = new ArrayList<>();
    private final List<TweetOutcome> failed = new ArrayList<>();
    private final List<TweetOutcome> deferred = new ArrayList<>();
    private final List<TweetOutcome> blocked = new ArrayList<>();
    private boolean rateLimited;
    private Instant rateLimitResetAt;

    PublishRun(Plan plan, Instant now, PublishOptions options, Ledger book, LinkChecker links, Sleeper sleeper,
               Log log) {
        this.plan = plan;
        this.now = now;
        this.options = options;
        this.book = book;
        this.links = links;
        this.sleeper = sleeper;
        this.log = log;
    }

    PublishReport run() {
        Map<String, PlannedTweet> planned = Publisher.byId(plan);
        applyOverrides(planned);
        List<PlannedTweet> due = new ArrayList<>();
        for (PlannedTweet tweet : Publisher.inSendingOrder(plan.tweets())) {
            if (sort(tweet)) {
                due.add(tweet);
            }
        }
        reportInFlightOutsidePlan(planned);
        int handedOver = 0;
        for (PlannedTweet tweet : due) {
            if (rateLimited) {
                rateLimitedLeft.add(TweetOutcome.of(tweet, "not tried after the rate limit"));
            } else if (handedOver >= options.maxPerRun()) {
                deferred.add(TweetOutcome.of(tweet, "maxPerRun (" + options.maxPerRun() + ") reached"));
            } else if (pageIsLive(tweet)) {
                handedOver++;
                send(tweet);
            }
        }
        PublishReport report = new PublishReport(options.dryRun(), sent, duplicates, waiting, skippedStale,
                rateLimitedLeft, rateLimitResetAt, inFlight, failed, deferred, blocked);
        report.summary().forEach(report.hasUnsent() ? log::warn : log::info);
        return report;
    }

    /** Returns true when the tweet is due and should be sent now; files every other tweet where it belongs. */
    private boolean sort(PlannedTweet tweet) {
        if (!tweet.isReady()) {
            blocked.add(TweetOutcome.of(tweet, "blocked by the campaign stage"));
            log.debug("Never sent (blocked): " + tweet.id());
            return false;
        }
        Optional<LedgerEntry> entry = book.entry(tweet.id());
        if (entry.isPresent()) {
            if (entry.get().state() == LedgerState.IN_FLIGHT) {
                boolean changed = !entry.get().textSha256().equals(LedgerEntry.hash(tweet.text()));
                String advice = Publisher.inFlightAdvice(tweet.id(), entry.get(), book, changed);
                inFlight.add(TweetOutcome.of(tweet, advice));
                log.error("Unconfirmed send of " + tweet.id() + " \"" + tweet.text() + "\": " + advice);
            }
            return false;
        }
        if (tweet.dueAt().isAfter(now)) {
            return false;
        }
        Duration late = Duration.between(tweet.dueAt(), now);
        if (late.compareTo(options.staleAfter()) <= 0) {
            return true;
        }
        if (options.stalePolicy() == StalePolicy.RESCHEDULE) {
            log.info("Late by " + late + " (stale policy RESCHEDULE, sending in the next free slot): " + tweet.id());
            return true;
        }
        book.put(tweet.id(), entry(LedgerState.SKIPPED_STALE, null, tweet));
        skippedStale.add(TweetOutcome.of(tweet, "due " + tweet.scheduledAt() + ", " + late.toHours()
                + " h ago (more than staleAfter " + options.staleAfter() + ")"));
        log.warn("Skipped as stale, will not be sent: " + tweet.id() + " due " + tweet.scheduledAt());
        return false;
    }

    private boolean pageIsLive(PlannedTweet tweet) {
        LinkCheck check = links.check(tweet.url());
        if (!check.live()) {
            waiting.add(TweetOutcome.of(tweet, tweet.url() + " is not live yet (" + check.detail() + ")"));
            log.warn("Waiting for the next run, its page is not live (" + check.detail() + "): " + tweet.id()
                    + " -> " + tweet.url());
        }
        return check.live();
    }

    private void send(PlannedTweet tweet) {
        OutgoingTweet outgoing = OutgoingTweet.of(tweet, options.dryRun());
        log.info("Due: " + tweet.id() + " (" + outgoing.lengthLabel() + ", scheduled " + tweet.scheduledAt() + ")");
        book.put(tweet.id(), entry(LedgerState.IN_FLIGHT, null, tweet));
        for (int attempt = 1; ; attempt++) {
            try {
                SendResult result = options.channel().send(outgoing);
                book.put(tweet.id(), entry(LedgerState.SENT, result.remoteId(), tweet));
                sent.add(TweetOutcome.of(tweet, result.remoteId()));
                log.info("Sent " + tweet.id() + " via " + options.channel().name() + " as " + result.remoteId());
                return;
            } catch (ChannelException e) {
                if (!retry(e, attempt)) {
                    settleFailure(tweet, e, attempt);
                    return;
                }
            }
        }
    }

    private boolean retry(ChannelException e, int attempt) {
        if (e.kind() != ChannelException.Kind.SERVER || !e.retryable() || attempt >= Publisher.MAX_ATTEMPTS) {
            return false;
        }
        Duration pause = Publisher.FIRST_BACKOFF.multipliedBy(1L << (attempt - 1));
        log.warn(e.getMessage() + "; trying again in " + pause.toSeconds() + " s (attempt " + (attempt + 1) + " of "
                + Publisher.MAX_ATTEMPTS + ")");
        try {
            sleeper.sleep(pause);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void settleFailure(PlannedTweet tweet, ChannelException e, int attempts) {
        String id = tweet.id();
        switch (e.kind()) {
            case RATE_LIMITED -> {
                book.remove(id);
                rateLimited = true;
                rateLimitResetAt = e.resetAt().orElse(null);
                rateLimitedLeft.add(TweetOutcome.of(tweet, e.getMessage()));
                log.warn("Rate limited, stopping; the rest waits for the next run"
                        + e.resetAt().map(at -> " (the limit resets " + at + ")").orElse("") + ".");
            }
            case DUPLICATE -> {
                book.put(id, entry(LedgerState.DUPLICATE, null, tweet));
                String why = attempts > 1 ? "; most likely posted by the earlier attempt that got a server error" : "";
                duplicates.add(TweetOutcome.of(tweet, e.getMessage() + why));
                log.warn("Already on the account, recorded as duplicate: " + id + why);
            }
            case AUTH -> {
                book.remove(id);
                throw new RoundsException("Publishing stopped: " + e.getMessage());
            }
            case UNKNOWN_OUTCOME -> leaveInFlight(tweet, e);
            case SERVER -> {
                if (e.retryable()) {
                    forget(tweet, e.getMessage() + " (" + attempts + " attempts)");
                } else {
                    leaveInFlight(tweet, e);
                }
            }
            case OTHER -> forget(tweet, e.getMessage());
        }
    }

    private void leaveInFlight(PlannedTweet tweet, ChannelException e) {
        LedgerEntry entry = book.entry(tweet.id()).orElseThrow();
        String advice = e.getMessage() + ". " + Publisher.inFlightAdvice(tweet.id(), entry, book, false);
        inFlight.add(TweetOutcome.of(tweet, advice));
        log.error("Unconfirmed send of " + tweet.id() + " \"" + tweet.text() + "\": " + advice);
    }

    /** The channel said no in a way that proves nothing was posted: clear the in-flight record so a later run retries. */
    private void forget(PlannedTweet tweet, String why) {
        book.remove(tweet.id());
        failed.add(TweetOutcome.of(tweet, why));
        log.error("Not sent, will be tried again next run: " + tweet.id() + ": " + why);
    }

    private void applyOverrides(Map<String, PlannedTweet> planned) {
        for (String id : options.markSent()) {
            Optional<LedgerEntry> entry = book.entry(id);
            if (entry.isPresent() && entry.get().state() != LedgerState.IN_FLIGHT) {
                log.warn("markSent=" + id + " ignored: the ledger already has it as " + entry.get().state());
                continue;
            }
            String hash = entry.map(LedgerEntry::textSha256)
                    .orElseGet(() -> planned.containsKey(id) ? LedgerEntry.hash(planned.get(id).text()) : "");
            String channel = entry.map(LedgerEntry::channel).orElse(options.channel().name());
            book.put(id, new LedgerEntry(LedgerState.SENT, now, null, channel, hash));
            log.info("Recorded " + id + " as sent, on the author's word (markSent).");
        }
        for (String id : options.resend()) {
            Optional<LedgerEntry> entry = book.entry(id);
            if (entry.isEmpty() || entry.get().state() != LedgerState.IN_FLIGHT) {
                log.warn("resend=" + id + " ignored: it is not in flight ("
                        + entry.map(e -> "the ledger has it as " + e.state()).orElse("the ledger has no entry") + ")");
                continue;
            }
            book.remove(id);
            log.info("Cleared the in-flight record of " + id + " on the author's word (resend); it may go out now.");
        }
    }

    private void reportInFlightOutsidePlan(Map<String, PlannedTweet> planned) {
        book.entries().forEach((id, entry) -> {
            if (entry.state() == LedgerState.IN_FLIGHT && !planned.containsKey(id)) {
                String advice = "no longer in the plan; " + Publisher.inFlightAdvice(id, entry, book, false);
                inFlight.add(new TweetOutcome(id, "", 0, advice));
                log.error("Unconfirmed send of " + id + ": " + advice);
            }
        });
    }

    private LedgerEntry entry(LedgerState state, String remoteId, PlannedTweet tweet) {
        return new LedgerEntry(state, now, remoteId, options.channel().name(), LedgerEntry.hash(tweet.text()));
    }
}
