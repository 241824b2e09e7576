package dev.rounds.publish;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how patiently {@link TwitterChannel} talks to X.
 *
 * @param apiBaseUrl the API root; tweets are posted to {@code <apiBaseUrl>2/tweets}. Tests point it at a stub.
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer; past it the outcome is unknown and the tweet is left in flight
 */
public record TwitterEndpoint(URI apiBaseUrl, Duration connectTimeout, Duration readTimeout) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.twitter.com/");

    public TwitterEndpoint {
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (!apiBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("the X API base URL must be absolute: " + apiBaseUrl);
        }
        if (!apiBaseUrl.toString().endsWith("/")) {
            apiBaseUrl = URI.create(apiBaseUrl + "/");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static TwitterEndpoint defaults() {
        return at(DEFAULT_BASE_URL);
    }

    public static TwitterEndpoint at(URI apiBaseUrl) {
        return new TwitterEndpoint(apiBaseUrl, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public TwitterEndpoint withTimeouts(Duration connect, Duration read) {
        return new TwitterEndpoint(apiBaseUrl, connect, read);
    }

    /** The v2 API root, {@code <apiBaseUrl>2/}. */
    public String v2BaseUrl() {
        return apiBaseUrl + "2/";
    }

    public URI tweetsUrl() {
        return URI.create(v2BaseUrl() + "tweets");
    }
}
