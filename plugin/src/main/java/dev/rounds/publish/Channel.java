package dev.rounds.publish;

/** One place tweets are published to. Implementations wrap every failure of their transport in a {@link ChannelException}. */
public interface Channel {

    /** A short name recorded in the ledger, e.g. {@code twitter} or {@code outbox}. */
    String name();

    /**
     * Publishes one tweet, or, when {@link OutgoingTweet#dryRun()}, does everything up to the side effect and returns
     * a made-up id.
     */
    SendResult send(OutgoingTweet tweet) throws ChannelException;
}
