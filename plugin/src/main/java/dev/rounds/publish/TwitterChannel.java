package dev.rounds.publish;

import dev.rounds.core.Log;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import twitter4j.CreateTweetResponse;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/**
 * Posts tweets through X API v2 ({@code POST /2/tweets}) with OAuth 1.0a user context. The only class that knows
 * twitter4j: its exceptions are translated here into {@link ChannelException} kinds.
 */
public final class TwitterChannel implements Channel {

    private static final String NO_CREDENTIALS = "no X credentials were found: set the environment variables "
            + TwitterCredentials.API_KEY_VARIABLE + ", " + TwitterCredentials.API_SECRET_VARIABLE + ", "
            + TwitterCredentials.ACCESS_TOKEN_VARIABLE + " and " + TwitterCredentials.ACCESS_TOKEN_SECRET_VARIABLE
            + ", or a server 'twitter' in settings.xml, or publish as a dry run";

    private final Optional<TwitterCredentials> credentials;
    private final TwitterEndpoint endpoint;
    private final Log log;
    private TwitterV2 client;

    /** Credentials may be empty: a dry run needs none, and a live send then fails as {@link ChannelException.Kind#AUTH}. */
    public TwitterChannel(Optional<TwitterCredentials> credentials, TwitterEndpoint endpoint, Log log) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public String name() {
        return "twitter";
    }

    @Override
    public SendResult send(OutgoingTweet tweet) throws ChannelException {
        String request = "POST " + endpoint.tweetsUrl() + " {\"text\": " + quoted(tweet.text()) + "}";
        if (tweet.dryRun()) {
            log.info("[dry run] would post " + tweet.id() + " (" + tweet.lengthLabel() + "): " + request);
            return new SendResult("dry-run-" + tweet.id());
        }
        TwitterCredentials keys = credentials.orElseThrow(() -> ChannelException.auth(NO_CREDENTIALS));
        log.info("Posting " + tweet.id() + " (" + tweet.lengthLabel() + "): " + request);
        try {
            CreateTweetResponse response = client(keys).createTweet(
                    null, null, null, null, null, null, null, null, null, null, null, tweet.text());
            return new SendResult(Long.toString(response.getId()));
        } catch (TwitterException e) {
            throw translate(e, keys.source());
        }
    }

    private synchronized TwitterV2 client(TwitterCredentials keys) {
        if (client == null) {
            Configuration configuration = new ConfigurationBuilder()
                    .setOAuthConsumerKey(keys.apiKey())
                    .setOAuthConsumerSecret(keys.apiSecret())
                    .setOAuthAccessToken(keys.accessToken())
                    .setOAuthAccessTokenSecret(keys.accessTokenSecret())
                    .setRestBaseURL(endpoint.apiBaseUrl() + "1.1/")
                    .setHttpConnectionTimeout(Math.toIntExact(endpoint.connectTimeout().toMillis()))
                    .setHttpReadTimeout(Math.toIntExact(endpoint.readTimeout().toMillis()))
                    // Retries are the publisher's decision: it knows which failures cannot double-post.
                    .setHttpRetryCount(0)
                    .setDebugEnabled(false)
                    .build();
            // twitter4j-v2 1.4.3 ignores restBaseURL and starts from a hard-coded https://api.twitter.com/2/; its
            // per-Configuration V2Configuration is the library's own switch for the v2 root, so set it there.
            V2ConfigurationKt.getV2Configuration(configuration).setBaseURL(endpoint.v2BaseUrl());
            Twitter twitter = new TwitterFactory(configuration).getInstance();
            client = TwitterV2ExKt.getV2(twitter);
        }
        return client;
    }

    /** Decides, from X's answer, whether the tweet can have been posted; see the kinds of {@link ChannelException}. */
    static ChannelException translate(TwitterException e, String credentialSource) {
        int status = e.getStatusCode();
        if (status <= 0) {
            Throwable cause = e.getCause();
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return ChannelException.other("could not connect to X, nothing was posted: " + cause, e);
            }
            return ChannelException.unknownOutcome("no answer from X (" + cause + "): the tweet may have been posted", e);
        }
        String body = answerBody(e);
        String answer = "HTTP " + status + ": " + body;
        if (status == 429) {
            return ChannelException.rateLimited("X rate limit reached (" + answer + ")", resetTime(e));
        }
        if (status == 403 && (e.getErrorCode() == 187 || body.toLowerCase(Locale.ROOT).contains("duplicate"))) {
            return ChannelException.duplicate("X already has this exact text (" + answer + ")");
        }
        if (status == 401 || status == 403) {
            // X's body is left out: the message is about which keys to fix, and only the source names them.
            return ChannelException.auth("X refused the credentials from " + credentialSource + " (HTTP " + status
                    + "). Check those keys and that the app has Read and Write permission.");
        }
        if (status == 500 || status == 502 || status == 503) {
            return ChannelException.server("X answered " + answer, true, e);
        }
        if (status >= 500) {
            // 504 and the rest: a gateway gave up waiting, so the origin may still have posted the tweet.
            return ChannelException.unknownOutcome("X answered " + answer + ": the tweet may have been posted", e);
        }
        return ChannelException.other("X refused the tweet (" + answer + ")", e);
    }

    private static Instant resetTime(TwitterException e) {
        String header = e.getResponseHeader("x-rate-limit-reset");
        try {
            return header == null ? null : Instant.ofEpochSecond(Long.parseLong(header.trim()));
        } catch (NumberFormatException notEpochSeconds) {
            return null;
        }
    }

    /** X's own words: twitter4j puts a canned description of the status code on the first line, the body after. */
    private static String answerBody(TwitterException e) {
        String message = String.valueOf(e.getMessage());
        int firstBreak = message.indexOf('\n');
        String body = (firstBreak < 0 ? message : message.substring(firstBreak + 1)).strip().replaceAll("\\s+", " ");
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
