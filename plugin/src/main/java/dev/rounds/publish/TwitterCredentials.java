package dev.rounds.publish;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * OAuth 1.0a user-context keys for X. {@link #toString()} names only where they came from, never a value, so that
 * logging or wrapping this record cannot leak a secret.
 *
 * @param source where the keys were read, e.g. {@code settings.xml server 'twitter'}; used in error messages
 */
public record TwitterCredentials(String apiKey, String apiSecret, String accessToken, String accessTokenSecret,
                                 String source) {

    public static final String API_KEY_VARIABLE = "TWITTER_API_KEY";
    public static final String API_SECRET_VARIABLE = "TWITTER_API_SECRET";
    public static final String ACCESS_TOKEN_VARIABLE = "TWITTER_ACCESS_TOKEN";
    public static final String ACCESS_TOKEN_SECRET_VARIABLE = "TWITTER_ACCESS_TOKEN_SECRET";
    private static final List<String> VARIABLES = List.of(
            API_KEY_VARIABLE, API_SECRET_VARIABLE, ACCESS_TOKEN_VARIABLE, ACCESS_TOKEN_SECRET_VARIABLE);

    public TwitterCredentials {
        Objects.requireNonNull(source, "source");
        for (String value : new String[] {apiKey, apiSecret, accessToken, accessTokenSecret}) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a credential from " + source + " is empty");
            }
        }
    }

    /**
     * Reads the four {@code TWITTER_*} variables: empty when none is set, an error naming the missing ones when only
     * some are (a half-configured CI secret is a mistake worth reporting, not a reason to fall back silently).
     */
    public static Optional<TwitterCredentials> fromEnvironment(Map<String, String> environment) {
        List<String> missing = VARIABLES.stream().filter(name -> isBlank(environment.get(name))).toList();
        if (missing.size() == VARIABLES.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(Problem.error("environment", 0, "X credentials are incomplete: "
                    + String.join(", ", missing) + " not set.", "Set them too, or remove all four TWITTER_* variables."));
        }
        return Optional.of(new TwitterCredentials(environment.get(API_KEY_VARIABLE),
                environment.get(API_SECRET_VARIABLE), environment.get(ACCESS_TOKEN_VARIABLE),
                environment.get(ACCESS_TOKEN_SECRET_VARIABLE), "environment variables " + String.join(", ", VARIABLES)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "TwitterCredentials[from " + source + "]";
    }
}
