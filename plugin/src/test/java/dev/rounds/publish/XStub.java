package dev.rounds.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A stub of X's {@code POST /2/tweets} on 127.0.0.1, and the channel and keys that talk to it. */
final class XStub implements AutoCloseable {

    static final String API_KEY = "test-consumer-key-ck";
    static final String API_SECRET = "test-consumer-secret-s3cr3t";
    static final String ACCESS_TOKEN = "12345-test-access-token-at";
    static final String ACCESS_TOKEN_SECRET = "test-token-secret-t0k3n";
    static final String SOURCE = "environment variables TWITTER_API_KEY (test)";
    static final List<String> SECRETS = List.of(API_KEY, API_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET);
    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    XStub() {
        server.start();
    }

    static TwitterCredentials credentials() {
        return new TwitterCredentials(API_KEY, API_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET, SOURCE);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    TwitterChannel channel(RecordingLog log) {
        return new TwitterChannel(Optional.of(credentials()), endpoint(), log);
    }

    TwitterEndpoint endpoint() {
        return TwitterEndpoint.at(baseUrl()).withTimeouts(Duration.ofSeconds(2), READ_TIMEOUT);
    }

    static MappingBuilder tweets() {
        return post(urlEqualTo("/2/tweets"));
    }

    static ResponseDefinitionBuilder created(long id, String text) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"id\":\"" + id + "\",\"text\":" + quote(text) + "}}");
    }

    static ResponseDefinitionBuilder problem(int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"title\":" + quote(title) + ",\"detail\":" + quote(detail) + ",\"type\":\"about:blank\","
                        + "\"status\":" + status + "}");
    }

    /** Answers every post with 201 and an id derived from the request count. */
    void acceptAll() {
        server.stubFor(tweets().willReturn(created(1861000000000000001L, "ok")));
    }

    List<LoggedRequest> posts() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/2/tweets")));
    }

    List<String> postedTexts() {
        return posts().stream().map(XStub::textOf).toList();
    }

    int requestCount() {
        return server.getAllServeEvents().size();
    }

    static String textOf(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString()).get("text").asText();
        } catch (Exception e) {
            throw new AssertionError("not a JSON body: " + request.getBodyAsString(), e);
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
