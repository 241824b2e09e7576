package dev.rounds.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the ledger knows about one tweet.
 *
 * @param state where it stands
 * @param at when that state was recorded (for {@code sent}: when it was posted; for {@code in-flight}: when the send
 *     began)
 * @param remoteId the channel's id for the post, when there is one
 * @param channel the channel's name
 * @param textSha256 SHA-256 of the text, to notice a plan whose text changed under the same id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntry(LedgerState state, Instant at, String remoteId, String channel, String textSha256) {

    public LedgerEntry {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        channel = channel == null ? "" : channel;
        textSha256 = textSha256 == null ? "" : textSha256;
    }

    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
