package dev.rounds.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Channel} promises; each channel has a subclass that runs these tests against it. */
abstract class ChannelContract {

    /** The channel under test, fresh for each test. */
    abstract Channel channel();

    /** The texts the channel's far side received (the outbox file, the stub's requests), in order. */
    abstract List<String> delivered() throws Exception;

    static OutgoingTweet tweet(String id, String text, boolean dryRun) {
        return new OutgoingTweet(id, text, "https://example.org/2026/11/" + id + "/", text.length(), 140,
                OffsetDateTime.parse("2026-11-25T08:30:00-05:00"), dryRun);
    }

    @Test
    void aSendReturnsAnIdAndDeliversTheExactText() throws Exception {
        String text = "Dose, not brand: «ça dépend» — 💊 \"quoted\" \\ back https://example.org/2026/11/statins/#dose";

        SendResult result = channel().send(tweet("a1b2c3d4e5f6", text, false));

        assertFalse(result.remoteId().isBlank());
        assertEquals(List.of(text), delivered());
    }

    @Test
    void sendsAreDeliveredInOrderEachOnce() throws Exception {
        Channel channel = channel();
        channel.send(tweet("one", "First tweet https://example.org/1/", false));
        channel.send(tweet("two", "Second tweet https://example.org/2/", false));

        assertEquals(List.of("First tweet https://example.org/1/", "Second tweet https://example.org/2/"), delivered());
    }

    @Test
    void aDryRunDeliversNothingButStillAnswers() throws Exception {
        SendResult result = channel().send(tweet("dry", "Nothing goes out https://example.org/", true));

        assertTrue(result.remoteId().startsWith("dry-run-"), result.remoteId());
        assertEquals(List.of(), delivered());
    }

    @Test
    void hasAName() {
        assertFalse(channel().name().isBlank());
    }
}
