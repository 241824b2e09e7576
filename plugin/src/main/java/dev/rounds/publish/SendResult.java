package dev.rounds.publish;

/**
 * What a channel answered for a tweet it posted.
 *
 * @param remoteId the id the channel gave the post (an X tweet id, {@code outbox-<id>}, {@code dry-run-<id>})
 */
public record SendResult(String remoteId) {

    public SendResult {
        if (remoteId == null || remoteId.isBlank()) {
            throw new IllegalArgumentException("a sent tweet has a remote id");
        }
    }
}
