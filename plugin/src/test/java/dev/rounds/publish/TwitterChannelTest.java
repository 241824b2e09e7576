package dev.rounds.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwitterChannelTest {

    private static final String TEXT = "Statins: the dose matters more than the brand — «ça dépend» 💊 https://example.org/2026/11/statins/#dose";

    private final XStub x = new XStub();
    private final RecordingLog log = new RecordingLog();

    @AfterEach
    void stop() {
        x.close();
    }

    private static OutgoingTweet tweet(boolean dryRun) {
        return new OutgoingTweet("a1b2c3d4e5f6", TEXT, "https://example.org/2026/11/statins/#dose", 97, 140,
                OffsetDateTime.parse("2026-11-25T08:30:00-05:00"), dryRun);
    }

    @Test
    void postsTheExactTextAsJsonToV2TweetsSignedWithOAuth1() throws Exception {
        x.server.stubFor(XStub.tweets().willReturn(XStub.created(1861234567890123456L, TEXT)));

        SendResult result = x.channel(log).send(tweet(false));

        assertEquals("1861234567890123456", result.remoteId());
        LoggedRequest request = x.posts().get(0);
        assertEquals(1, x.requestCount());
        assertEquals("/2/tweets", request.getUrl());
        assertTrue(request.getHeader("Content-Type").startsWith("application/json"), request.getHeader("Content-Type"));
        assertEquals(TEXT, XStub.textOf(request));
        Map<String, String> oauth = OAuth1Signature.headerParameters(request.getHeader("Authorization"));
        assertEquals(XStub.API_KEY, oauth.get("oauth_consumer_key"));
        assertEquals(XStub.ACCESS_TOKEN, oauth.get("oauth_token"));
        assertEquals("HMAC-SHA1", oauth.get("oauth_signature_method"));
        assertTrue(OAuth1Signature.verifies(request, XStub.API_SECRET, XStub.ACCESS_TOKEN_SECRET),
                "the signature must verify with the consumer secret and token secret");
    }

    @Test
    void theSignatureCheckRejectsOtherSecrets() throws Exception {
        x.acceptAll();
        x.channel(log).send(tweet(false));
        LoggedRequest request = x.posts().get(0);
        assertFalse(OAuth1Signature.verifies(request, "wrong-consumer-secret", XStub.ACCESS_TOKEN_SECRET));
        assertFalse(OAuth1Signature.verifies(request, XStub.API_SECRET, "wrong-token-secret"));
    }

    @Test
    void dryRunSendsNothingAndNeedsNoCredentials() throws Exception {
        x.acceptAll();
        TwitterChannel withoutKeys = new TwitterChannel(Optional.empty(), x.endpoint(), log);

        SendResult result = withoutKeys.send(tweet(true));

        assertEquals("dry-run-a1b2c3d4e5f6", result.remoteId());
        assertTrue(x.server.getAllServeEvents().isEmpty());
        x.server.verify(0, anyRequestedFor(anyUrl()));
        assertTrue(log.all().contains("[dry run] would post a1b2c3d4e5f6 (97/140 chars)"), log.all());
        assertTrue(log.all().contains(TEXT), "the dry run shows the request text");
    }

    @Test
    void aLiveSendWithoutCredentialsIsAnAuthFailureAndSendsNothing() {
        TwitterChannel withoutKeys = new TwitterChannel(Optional.empty(), x.endpoint(), log);
        ChannelException e = assertThrows(ChannelException.class, () -> withoutKeys.send(tweet(false)));
        assertEquals(ChannelException.Kind.AUTH, e.kind());
        assertTrue(e.getMessage().contains("TWITTER_API_KEY"), e.getMessage());
        assertEquals(0, x.requestCount());
    }

    @Test
    void rateLimitCarriesTheResetTime() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(429, "Too Many Requests", "Too Many Requests")
                .withHeader("x-rate-limit-reset", "1795000000")));
        ChannelException e = assertThrows(ChannelException.class, () -> x.channel(log).send(tweet(false)));
        assertEquals(ChannelException.Kind.RATE_LIMITED, e.kind());
        assertEquals(Optional.of(Instant.ofEpochSecond(1795000000L)), e.resetAt());
    }

    @Test
    void duplicateContentIsRecognised() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(403, "Forbidden",
                "You are not allowed to create a Tweet with duplicate content.")));
        ChannelException e = assertThrows(ChannelException.class, () -> x.channel(log).send(tweet(false)));
        assertEquals(ChannelException.Kind.DUPLICATE, e.kind());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsNameTheirSourceAndNoSecret(int status) {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(status, "Unauthorized", "Unauthorized")));
        ChannelException e = assertThrows(ChannelException.class, () -> x.channel(log).send(tweet(false)));
        assertEquals(ChannelException.Kind.AUTH, e.kind());
        assertTrue(e.getMessage().contains(XStub.SOURCE), e.getMessage());
        for (String secret : XStub.SECRETS) {
            assertFalse(e.getMessage().contains(secret));
            assertFalse(log.all().contains(secret));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverErrorsThatFailedTheRequestAreRetryable(int status) {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(status, "Server Error", "try later")));
        ChannelException e = assertThrows(ChannelException.class, () -> x.channel(log).send(tweet(false)));
        assertEquals(ChannelException.Kind.SERVER, e.kind());
        assertTrue(e.retryable());
        assertEquals(1, x.requestCount(), "twitter4j itself must not retry");
    }

    @Test
    void aGatewayTimeoutHasAnUnknownOutcome() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(504, "Gateway Timeout", "upstream timed out")));
        ChannelException e = assertThrows(ChannelException.class, () -> x.channel(log).send(tweet(false)));
        assertEquals(ChannelException.Kind.UNKNOWN_OUTCOME, e.kind());
    }

    @Test
    void aReadTimeoutHasAnUnknownOutcome() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.created(1L, TEXT).withFixedDelay(3_000)));
        ChannelException e = assertThrows(ChannelException.class, () -> x.channel(log).send(tweet(false)));
        assertEquals(ChannelException.Kind.UNKNOWN_OUTCOME, e.kind());
        assertEquals(1, x.requestCount());
    }

    @Test
    void aBadRequestIsOther() {
        x.server.stubFor(XStub.tweets().willReturn(XStub.problem(400, "Invalid Request", "text is too long")));
        ChannelException e = assertThrows(ChannelException.class, () -> x.channel(log).send(tweet(false)));
        assertEquals(ChannelException.Kind.OTHER, e.kind());
        assertTrue(e.getMessage().contains("text is too long"), e.getMessage());
    }

    @Test
    void aRefusedConnectionPostedNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TwitterChannel nowhere = new TwitterChannel(Optional.of(XStub.credentials()),
                new TwitterEndpoint(URI.create("http://127.0.0.1:" + closedPort + "/"), Duration.ofSeconds(2),
                        XStub.READ_TIMEOUT), log);
        ChannelException e = assertThrows(ChannelException.class, () -> nowhere.send(tweet(false)));
        assertEquals(ChannelException.Kind.OTHER, e.kind(), e.getMessage());
    }

    @Test
    void credentialsNeverShowTheirValues() {
        String shown = XStub.credentials().toString();
        assertEquals("TwitterCredentials[from " + XStub.SOURCE + "]", shown);
        XStub.SECRETS.forEach(secret -> assertFalse(shown.contains(secret)));
    }

    @Test
    void credentialsComeFromTheEnvironment() {
        assertEquals(Optional.empty(), TwitterCredentials.fromEnvironment(Map.of()));
        TwitterCredentials read = TwitterCredentials.fromEnvironment(Map.of("TWITTER_API_KEY", "k",
                "TWITTER_API_SECRET", "s", "TWITTER_ACCESS_TOKEN", "t", "TWITTER_ACCESS_TOKEN_SECRET", "ts")).orElseThrow();
        assertEquals("k", read.apiKey());
        assertEquals("ts", read.accessTokenSecret());
        assertTrue(read.source().startsWith("environment variables TWITTER_API_KEY"));
        var e = assertThrows(dev.rounds.core.InvalidInputException.class,
                () -> TwitterCredentials.fromEnvironment(Map.of("TWITTER_API_KEY", "k-value")));
        assertTrue(e.getMessage().contains("TWITTER_ACCESS_TOKEN_SECRET"));
        assertFalse(e.getMessage().contains("k-value"));
    }

    @Test
    void theDefaultEndpointIsXsApi() {
        assertEquals(URI.create("https://api.twitter.com/2/tweets"), TwitterEndpoint.defaults().tweetsUrl());
        assertEquals("http://h:1/x/2/", TwitterEndpoint.at(URI.create("http://h:1/x")).v2BaseUrl());
    }
}
