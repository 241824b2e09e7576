package dev.rounds.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rounds.core.Sha256;
import java.time.Instant;
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
        return Sha256.hex(text);
    }
}
