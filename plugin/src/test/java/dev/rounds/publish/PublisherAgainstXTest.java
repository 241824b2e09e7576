package dev.rounds.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.rounds.publish.Tweets.NOW;
import static dev.rounds.publish.Tweets.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rounds.core.RoundsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publisher driving the real X channel (twitter4j over HTTP) against a stub of X and a stub of the blog. */
class PublisherAgainstXTest {

    @TempDir
    Path dir;

    private final XStub x = new XStub();
    private final WireMockServer site = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final RecordingLog log = new RecordingLog();
    private final List<Duration> pauses = new ArrayList<>();
    private Path ledgerFile;

    @BeforeEach
    void start() {
        site.start();
        site.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<html>post</html>")));
        ledgerFile = dir.resolve("rounds-ledger.json");
    }

    @AfterEach
    void stop() {
        x.close();
        site.stop();
    }

    private PlannedTweet due(String id, long minutesAgo) {
        return Tweets.linking(id, "http://127.0.0.1:" + site.port() + "/2026/11/" + id + "/#key", minutesAgo(minutesAgo));
    }

    private PublishReport run(Plan plan, PublishOptions options) {
        return new Publisher(Ledger.load(ledgerFile), new SiteLinkChecker(), pauses::add, log).publish(plan, NOW, options);
    }

    private PublishOptions live() {
        return PublishOptions.defaults(x.channel(log)).withMaxPerRun(5);
    }

    private LedgerEntry ledgered(String id) {
        return Ledger.load(ledgerFile).entry(id).orElseThrow(() -> new AssertionError("no ledger entry for " + id));
    }

    @Test
    void sendsTheDueReadyTweetsOldestFirstAndRecordsEach() throws Exception {
        x.acceptAll();
        PlannedTweet later = due("later", 10);
        PlannedTweet earlier = due("earlier", 30);
        PlannedTweet blocked = Tweets.tweet("blocked", "Blocked text", minutesAgo(20), TweetStatus.BLOCKED,
                "http://127.0.0.1:" + site.port() + "/b/");
        PlannedTweet future = Tweets.linking("future", "http://127.0.0.1:" + site.port() + "/f/", NOW.plusSeconds(60));

        PublishReport report = run(Tweets.plan(later, future, blocked, earlier), live());

        assertEquals(List.of(earlier.text(), later.text()), x.postedTexts());
        assertEquals(List.of("earlier", "later"), report.sent().stream().map(TweetOutcome::id).toList());
        assertEquals("1861000000000000001", report.sent().get(0).detail());
        assertEquals(List.of("blocked"), report.blocked().stream().map(TweetOutcome::id).toList());
        assertFalse(report.hasUnsent());
        LedgerEntry entry = ledgered("earlier");
        assertEquals(LedgerState.SENT, entry.state());
        assertEquals("1861000000000000001", entry.remoteId());
        assertEquals("twitter", entry.channel());
        assertEquals(LedgerEntry.hash(earlier.text()), entry.textSha256());
        assertEquals(NOW, entry.at());
        assertTrue(Ledger.load(ledgerFile).entry("blocked").isEmpty());
        assertTrue(Ledger.load(ledgerFile).entry("future").isEmpty());
        String everything = Files.readString(ledgerFile) + log.all();
        XStub.SECRETS.forEach(secret -> assertFalse(everything.contains(secret), "a secret leaked"));
        assertTrue(log.all().contains("Due: earlier (" + earlier.weightedLength() + "/140 chars"), log.all());
    }

    @Test
    void aRerunAfterSuccessPostsNothing() {
        x.acceptAll();
        Plan plan = Tweets.plan(due("one", 30), due("two", 20));
        run(plan, live());
        int before = x.requestCount();
        assertEquals(2, before);

        PublishReport again = run(plan, live());

        assertEquals(before, x.requestCount());
        assertTrue(again.sent().isEmpty());
        assertFalse(again.hasUnsent());
    }

    @Test
    void aDryRunSendsZeroRequestsAndRecordsNothing() {
        x.acceptAll();
        PublishOptions dry = PublishOptions.defaults(new TwitterChannel(java.util.Optional.empty(), x.endpoint(), log))
                .withDryRun(true);

        PublishReport report = run(Tweets.plan(due("one", 30), due("two", 20)), dry);

        assertTrue(x.server.getAllServeEvents().isEmpty(), "a dry run must not reach X at all");
        x.server.verify(0, anyRequestedFor(anyUrl()));
        assertFalse(Files.exists(ledgerFile), "a dry run writes no ledger");
        assertTrue(report.dryRun());
        assertEquals(List.of("dry-run-one", "dry-run-two"), report.sent().stream().map(TweetOutcome::detail).toList());
        assertTrue(log.all().contains("[dry run] would post one"), log.all());
    }

    @Test
    void maxPerRunIsHonouredAndTheRestGoesNextRun() {
        x.acceptAll();
        Plan plan = Tweets.plan(due("a", 30), due("b", 20), due("c", 10));
        PublishOptions two = live().withMaxPerRun(2);

        PublishReport first = run(plan, two);
        assertEquals(2, x.requestCount());
        assertEquals(List.of("c"), first.deferred().stream().map(TweetOutcome::id).toList());
        assertFalse(first.hasUnsent(), "pacing is not a failure");

        run(plan, two);
        assertEquals(3, x.requestCount());
        assertEquals(List.of(due("a", 30).text(), due("b", 20).text(), due("c", 10).text()), x.postedTexts());
    }

    @Test
    void aRateLimitStopsTheRunAndLeavesTheRestWithoutRetrying() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(429, "Too Many Requests", "Too Many Requests")
                .withHeader("x-rate-limit-reset", "1795000000")));
        Plan plan = Tweets.plan(due("a", 30), due("b", 20), due("c", 10));

        PublishReport report = run(plan, live());

        assertEquals(1, x.requestCount(), "nothing after the 429, nothing retried");
        assertEquals(List.of("a", "b", "c"), report.rateLimitedLeft().stream().map(TweetOutcome::id).toList());
        assertEquals(Instant.ofEpochSecond(1795000000L), report.rateLimitResetAt());
        assertTrue(report.hasUnsent());
        assertTrue(Ledger.load(ledgerFile).entries().isEmpty(), "rate-limited tweets stay free for the next run");
        assertTrue(pauses.isEmpty());

        x.server.resetAll();
        x.acceptAll();
        assertEquals(3, run(plan, live()).sent().size());
    }

    @Test
    void aServerErrorIsRetriedAndTheTweetSentOnce() {
        x.server.stubFor(XStub.tweets().inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(XStub.problem(500, "Internal Server Error", "oops")).willSetStateTo("recovered"));
        x.server.stubFor(XStub.tweets().inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(XStub.created(77L, "ok")));

        PublishReport report = run(Tweets.plan(due("a", 30)), live());

        assertEquals(2, x.requestCount());
        assertEquals(List.of("77"), report.sent().stream().map(TweetOutcome::detail).toList());
        assertEquals(List.of(Publisher.FIRST_BACKOFF), pauses);
        assertEquals(LedgerState.SENT, ledgered("a").state());
    }

    @Test
    void serverErrorsAreRetriedAtMostThreeTimesThenLeftForNextRun() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(503, "Service Unavailable", "over capacity")));

        PublishReport report = run(Tweets.plan(due("a", 30)), live());

        assertEquals(Publisher.MAX_ATTEMPTS, x.requestCount());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), pauses);
        assertEquals(List.of("a"), report.failed().stream().map(TweetOutcome::id).toList());
        assertTrue(Ledger.load(ledgerFile).entry("a").isEmpty());
    }

    @Test
    void aTimeoutLeavesTheTweetInFlightAndTheNextRunDoesNotResendIt() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.created(1L, "late").withFixedDelay(3_000)));
        PlannedTweet tweet = due("slow", 30);

        PublishReport first = run(Tweets.plan(tweet), live());

        assertEquals(1, x.requestCount());
        assertEquals(LedgerState.IN_FLIGHT, ledgered("slow").state());
        assertEquals(List.of("slow"), first.inFlightUnconfirmed().stream().map(TweetOutcome::id).toList());
        assertTrue(pauses.isEmpty(), "an unknown outcome is never retried");

        x.server.resetAll();
        x.acceptAll();
        PublishReport second = run(Tweets.plan(tweet), live());

        assertEquals(0, x.requestCount(), "the next run must not resend an unconfirmed tweet");
        TweetOutcome unconfirmed = second.inFlightUnconfirmed().get(0);
        assertEquals(tweet.text(), unconfirmed.text());
        assertTrue(unconfirmed.detail().contains("markSent=slow") && unconfirmed.detail().contains("resend=slow"),
                unconfirmed.detail());
        assertTrue(second.hasUnsent());
        assertTrue(log.all().contains(tweet.text()), "the log names the text to look for");
    }

    @Test
    void aDuplicateIsRecordedAndNeverRetried() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(403, "Forbidden",
                "You are not allowed to create a Tweet with duplicate content.")));
        Plan plan = Tweets.plan(due("dup", 30));

        PublishReport report = run(plan, live());
        run(plan, live());

        assertEquals(1, x.requestCount());
        assertEquals(List.of("dup"), report.duplicates().stream().map(TweetOutcome::id).toList());
        assertEquals(LedgerState.DUPLICATE, ledgered("dup").state());
        assertFalse(report.hasUnsent());
    }

    @Test
    void refusedCredentialsStopTheRunNamingTheirSourceAndNoSecret() throws Exception {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(401, "Unauthorized", "Unauthorized")));

        RoundsException e = assertThrows(RoundsException.class,
                () -> run(Tweets.plan(due("a", 30), due("b", 20)), live()));

        assertTrue(e.getMessage().contains(XStub.SOURCE), e.getMessage());
        assertEquals(1, x.requestCount(), "fail fast: the second tweet is not tried");
        assertTrue(Ledger.load(ledgerFile).entry("a").isEmpty(), "a 401 posted nothing: no in-flight record");
        String everything = e.getMessage() + log.all() + Files.readString(ledgerFile);
        XStub.SECRETS.forEach(secret -> assertFalse(everything.contains(secret), "a secret leaked"));
    }

    @Test
    void aCrashAfterTheSendDoesNotLeadToASecondPost() {
        x.acceptAll();
        PlannedTweet tweet = due("crash", 30);
        TwitterChannel real = x.channel(log);
        Channel crashing = new Channel() {
            @Override public String name() { return real.name(); }
            @Override public SendResult send(OutgoingTweet outgoing) throws ChannelException {
                real.send(outgoing);
                throw new IllegalStateException("simulated crash between the send and the ledger write");
            }
        };

        assertThrows(IllegalStateException.class,
                () -> run(Tweets.plan(tweet), PublishOptions.defaults(crashing)));
        assertEquals(1, x.requestCount());
        assertEquals(LedgerState.IN_FLIGHT, ledgered("crash").state());

        PublishReport next = run(Tweets.plan(tweet), live());

        assertEquals(1, x.requestCount(), "not resent");
        assertEquals(List.of("crash"), next.inFlightUnconfirmed().stream().map(TweetOutcome::id).toList());
        assertEquals(tweet.text(), next.inFlightUnconfirmed().get(0).text());
    }

    @Test
    void theAuthorsWordSettlesAnInFlightTweet() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.created(1L, "late").withFixedDelay(3_000)));
        Plan plan = Tweets.plan(due("posted", 40), due("lost", 30));
        run(plan, live());
        assertEquals(2, x.requestCount());
        x.server.resetAll();
        x.acceptAll();

        PublishReport settled = run(plan, live().withOverrides(Set.of("posted"), Set.of("lost")));

        assertEquals(List.of(due("lost", 30).text()), x.postedTexts(), "only the one the author did not find");
        assertEquals(LedgerState.SENT, ledgered("posted").state());
        assertEquals(LedgerState.SENT, ledgered("lost").state());
        assertTrue(settled.inFlightUnconfirmed().isEmpty());
    }

    @Test
    void aStaleTweetIsSkippedAndRecorded() {
        x.acceptAll();
        Plan plan = Tweets.plan(due("old", 3 * 24 * 60));

        PublishReport report = run(plan, live());
        run(plan, live());

        assertEquals(0, x.requestCount());
        assertEquals(List.of("old"), report.skippedStale().stream().map(TweetOutcome::id).toList());
        assertEquals(LedgerState.SKIPPED_STALE, ledgered("old").state());
    }

    @Test
    void aTweetWhosePageIsNotLiveWaitsForTheNextRun() {
        x.acceptAll();
        site.stubFor(any(urlPathEqualTo("/2026/11/unpublished/")).willReturn(aResponse().withStatus(404)));
        Plan plan = Tweets.plan(due("unpublished", 30), due("live", 20));

        PublishReport report = run(plan, live());

        assertEquals(List.of(due("live", 20).text()), x.postedTexts());
        assertEquals(List.of("unpublished"), report.waiting().stream().map(TweetOutcome::id).toList());
        assertTrue(report.waiting().get(0).detail().contains("HTTP 404"), report.waiting().get(0).detail());
        assertTrue(Ledger.load(ledgerFile).entry("unpublished").isEmpty(), "nothing recorded: it is tried again");
        assertTrue(report.hasUnsent());
    }

    @Test
    void aFileLinkIsCheckedOnDisk() throws Exception {
        x.acceptAll();
        Path page = Files.createDirectories(dir.resolve("site/2026/11/local"));
        PlannedTweet tweet = Tweets.linking("local", page.toUri() + "#key", minutesAgo(30));

        PublishReport before = run(Tweets.plan(tweet), live());
        assertEquals(List.of("local"), before.waiting().stream().map(TweetOutcome::id).toList());
        assertEquals(0, x.requestCount());

        Files.writeString(page.resolve("index.html"), "<html></html>");
        PublishReport after = run(Tweets.plan(tweet), live());
        assertEquals(List.of("local"), after.sent().stream().map(TweetOutcome::id).toList());
    }
}
