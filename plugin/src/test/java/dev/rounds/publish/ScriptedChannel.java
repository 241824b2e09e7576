package dev.rounds.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A channel that answers from a script (success once the script runs out) and records every hand-over. */
final class ScriptedChannel implements Channel {

    enum Answer { OK, UNKNOWN, SERVER_RETRYABLE, SERVER_FINAL, RATE_LIMITED, OTHER, DUPLICATE }

    record Attempt(OutgoingTweet tweet, Answer answer) {
    }

    final List<Attempt> attempts = new ArrayList<>();
    private final Deque<Answer> script;

    ScriptedChannel(List<Answer> script) {
        this.script = new ArrayDeque<>(script);
    }

    ScriptedChannel(Answer... script) {
        this(List.of(script));
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public SendResult send(OutgoingTweet tweet) throws ChannelException {
        Answer answer = tweet.dryRun() || script.isEmpty() ? Answer.OK : script.pop();
        attempts.add(new Attempt(tweet, answer));
        return switch (answer) {
            case OK -> new SendResult((tweet.dryRun() ? "dry-run-" : "r-") + tweet.id());
            case UNKNOWN -> throw ChannelException.unknownOutcome("timed out", null);
            case SERVER_RETRYABLE -> throw ChannelException.server("HTTP 503", true, null);
            case SERVER_FINAL -> throw ChannelException.server("HTTP 500 after the body", false, null);
            case RATE_LIMITED -> throw ChannelException.rateLimited("HTTP 429", null);
            case OTHER -> throw ChannelException.other("HTTP 400", null);
            case DUPLICATE -> throw ChannelException.duplicate("duplicate content");
        };
    }

    List<String> handedIds() {
        return attempts.stream().map(a -> a.tweet().id()).toList();
    }
}
