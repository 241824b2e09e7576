package dev.rounds.publish;

import static dev.rounds.publish.Tweets.NOW;
import static dev.rounds.publish.Tweets.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.publish.ScriptedChannel.Answer;
import dev.rounds.publish.ScriptedChannel.Attempt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publisher's rules with a scripted channel: no network, every outcome on demand. */
class PublisherRulesTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private PublishReport run(Ledger ledger, Plan plan, Instant now, PublishOptions options) {
        return new Publisher(ledger, LinkChecker.trusting(), pause -> { }, log).publish(plan, now, options);
    }

    @Property(tries = 300)
    void everyTweetGoesOutOnceAtMostAndOnlyWhenAllowed(
            @ForAll @Size(max = 10) List<@IntRange(min = -4000, max = 600) Integer> dueMinutes,
            @ForAll @Size(max = 10) List<Boolean> blockedFlags,
            @ForAll @IntRange(min = 0, max = 3) int maxPerRun,
            @ForAll @Size(max = 12) List<Answer> answers,
            @ForAll StalePolicy stalePolicy) {
        List<PlannedTweet> tweets = new ArrayList<>();
        for (int i = 0; i < dueMinutes.size(); i++) {
            boolean blocked = i < blockedFlags.size() && blockedFlags.get(i);
            tweets.add(Tweets.tweet("t" + i, "Tweet number " + i, NOW.plusSeconds(60L * dueMinutes.get(i)),
                    blocked ? TweetStatus.BLOCKED : TweetStatus.READY, "https://example.org/" + i + "/"));
        }
        Plan plan = Tweets.plan(tweets.toArray(PlannedTweet[]::new));
        Ledger ledger = Ledger.inMemory();
        ScriptedChannel channel = new ScriptedChannel(answers);
        PublishOptions options = PublishOptions.defaults(channel).withMaxPerRun(maxPerRun)
                .withStaleAfter(Duration.ofHours(48), stalePolicy);
        Set<String> settled = new HashSet<>();

        for (int runIndex = 0; runIndex < 6; runIndex++) {
            Instant now = NOW.plus(Duration.ofHours(2L * runIndex));
            int before = channel.attempts.size();
            run(ledger, plan, now, options);
            List<Attempt> thisRun = channel.attempts.subList(before, channel.attempts.size());

            List<String> handed = thisRun.stream().map(a -> a.tweet().id()).distinct().toList();
            assertTrue(handed.size() <= maxPerRun, "maxPerRun " + maxPerRun + " but handed " + handed);
            List<PlannedTweet> inOrder = handed.stream().map(id -> find(plan, id)).toList();
            assertEquals(inOrder.stream().sorted(Comparator.comparing(PlannedTweet::dueAt)
                    .thenComparing(PlannedTweet::id)).toList(), inOrder, "oldest first");
            for (Attempt attempt : thisRun) {
                PlannedTweet tweet = find(plan, attempt.tweet().id());
                assertTrue(tweet.isReady(), "a blocked tweet reached the channel");
                assertFalse(tweet.dueAt().isAfter(now), "sent before it was due");
                assertFalse(settled.contains(tweet.id()), "sent again after it may have gone out: " + tweet.id());
                if (stalePolicy == StalePolicy.SKIP) {
                    assertTrue(Duration.between(tweet.dueAt(), now).compareTo(Duration.ofHours(48)) <= 0, "stale sent");
                }
            }
            for (Attempt attempt : thisRun) {
                if (MAYBE_POSTED.contains(attempt.answer())) {
                    settled.add(attempt.tweet().id());
                }
            }
        }
    }

    /** Answers after which the tweet may be on the account: it must never be handed over again. */
    private static final Set<Answer> MAYBE_POSTED =
            Set.of(Answer.OK, Answer.UNKNOWN, Answer.SERVER_FINAL, Answer.DUPLICATE);

    private static PlannedTweet find(Plan plan, String id) {
        return plan.tweets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void rescheduleSendsAStaleTweetLateInsteadOfDroppingIt() {
        ScriptedChannel channel = new ScriptedChannel();
        Ledger ledger = Ledger.inMemory();
        Plan plan = Tweets.plan(Tweets.ready("old", "Old tweet", minutesAgo(3 * 24 * 60)),
                Tweets.ready("fresh", "Fresh tweet", minutesAgo(5)));

        PublishReport report = run(ledger, plan, NOW, PublishOptions.defaults(channel).withMaxPerRun(1)
                .withStaleAfter(Duration.ofHours(48), StalePolicy.RESCHEDULE));

        assertEquals(List.of("old"), channel.handedIds());
        assertEquals(List.of("fresh"), report.deferred().stream().map(TweetOutcome::id).toList());
        assertTrue(report.skippedStale().isEmpty());
    }

    @Test
    void aFinalServerErrorMayHavePostedSoTheTweetStaysInFlight() {
        ScriptedChannel channel = new ScriptedChannel(Answer.SERVER_FINAL);
        Ledger ledger = Ledger.inMemory();
        Plan plan = Tweets.plan(Tweets.ready("a", "Tweet a", minutesAgo(5)));

        PublishReport report = run(ledger, plan, NOW, PublishOptions.defaults(channel));

        assertEquals(1, channel.attempts.size(), "not retried");
        assertEquals(LedgerState.IN_FLIGHT, ledger.entry("a").orElseThrow().state());
        assertEquals(List.of("a"), report.inFlightUnconfirmed().stream().map(TweetOutcome::id).toList());
    }

    @Test
    void aRefusalClearsTheInFlightRecordSoTheNextRunTriesAgain() {
        ScriptedChannel channel = new ScriptedChannel(Answer.OTHER);
        Ledger ledger = Ledger.inMemory();
        Plan plan = Tweets.plan(Tweets.ready("a", "Tweet a", minutesAgo(5)));

        PublishReport first = run(ledger, plan, NOW, PublishOptions.defaults(channel));
        assertEquals(List.of("a"), first.failed().stream().map(TweetOutcome::id).toList());
        assertTrue(first.hasUnsent());
        assertTrue(ledger.entry("a").isEmpty());

        run(ledger, plan, NOW, PublishOptions.defaults(channel));
        assertEquals(LedgerState.SENT, ledger.entry("a").orElseThrow().state());
    }

    @Test
    void anInFlightRecordWhoseTweetLeftThePlanIsStillReported() {
        Ledger ledger = Ledger.inMemory();
        ledger.put("gone", new LedgerEntry(LedgerState.IN_FLIGHT, NOW, null, "twitter", "h"));

        PublishReport report = run(ledger, Tweets.plan(), NOW, PublishOptions.defaults(new ScriptedChannel()));

        assertEquals(List.of("gone"), report.inFlightUnconfirmed().stream().map(TweetOutcome::id).toList());
        assertTrue(report.hasUnsent());
    }

    @Test
    void aChangedTextUnderAnInFlightIdIsPointedOut() {
        Ledger ledger = Ledger.inMemory();
        ledger.put("a", new LedgerEntry(LedgerState.IN_FLIGHT, NOW, null, "twitter", LedgerEntry.hash("old text")));

        PublishReport report = run(ledger, Tweets.plan(Tweets.ready("a", "new text", minutesAgo(5))), NOW,
                PublishOptions.defaults(new ScriptedChannel()));

        assertTrue(report.inFlightUnconfirmed().get(0).detail().contains("text for it has changed"));
    }

    @Test
    void markSentRecordsATweetTheAuthorPostedByHand() {
        ScriptedChannel channel = new ScriptedChannel();
        Ledger ledger = Ledger.inMemory();
        Plan plan = Tweets.plan(Tweets.ready("a", "Tweet a", minutesAgo(5)));

        run(ledger, plan, NOW, PublishOptions.defaults(channel).withOverrides(Set.of("a"), Set.of()));

        assertTrue(channel.attempts.isEmpty());
        assertEquals(LedgerState.SENT, ledger.entry("a").orElseThrow().state());
    }

    @Test
    void resendIsIgnoredForATweetThatIsNotInFlight() {
        ScriptedChannel channel = new ScriptedChannel();
        Ledger ledger = Ledger.inMemory();
        ledger.put("a", new LedgerEntry(LedgerState.SENT, NOW, "r-a", "scripted", "h"));

        run(ledger, Tweets.plan(Tweets.ready("a", "Tweet a", minutesAgo(5))), NOW,
                PublishOptions.defaults(channel).withOverrides(Set.of(), Set.of("a")));

        assertTrue(channel.attempts.isEmpty(), "resend only releases in-flight tweets");
        assertTrue(log.all().contains("resend=a ignored"), log.all());
    }

    @Test
    void aDryRunThroughTheOutboxWritesNeitherOutboxNorLedger() {
        Path outbox = dir.resolve("outbox.jsonl");
        Path ledgerFile = dir.resolve("ledger.json");
        OutboxChannel channel = new OutboxChannel(outbox, log);

        PublishReport report = run(Ledger.load(ledgerFile), Tweets.plan(Tweets.ready("a", "Tweet a", minutesAgo(5))),
                NOW, PublishOptions.defaults(channel).withDryRun(true));

        assertEquals(1, report.sent().size());
        assertFalse(Files.exists(outbox));
        assertFalse(Files.exists(ledgerFile));
    }

    @Test
    void linksAreNotCheckedWhenTheAuthorTurnsItOff() {
        ScriptedChannel channel = new ScriptedChannel();
        LinkChecker alwaysDown = url -> LinkCheck.notLive("HTTP 404");
        Plan plan = Tweets.plan(Tweets.ready("a", "Tweet a", minutesAgo(5)));

        PublishReport checked = new Publisher(Ledger.inMemory(), alwaysDown, pause -> { }, log)
                .publish(plan, NOW, PublishOptions.defaults(channel));
        PublishReport unchecked = new Publisher(Ledger.inMemory(), alwaysDown, pause -> { }, log)
                .publish(plan, NOW, PublishOptions.defaults(channel).withCheckLinks(false));

        assertEquals(1, checked.waiting().size());
        assertEquals(1, unchecked.sent().size());
    }
}
