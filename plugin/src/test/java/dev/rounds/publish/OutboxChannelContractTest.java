package dev.rounds.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxChannelContractTest extends ChannelContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path outbox() {
        return dir.resolve("target/rounds/outbox.jsonl");
    }

    @Override
    Channel channel() {
        return new OutboxChannel(outbox(), Clock.fixed(Instant.parse("2026-11-25T13:31:00Z"), ZoneOffset.UTC),
                new RecordingLog());
    }

    @Override
    List<String> delivered() throws Exception {
        List<String> texts = new ArrayList<>();
        if (Files.exists(outbox())) {
            for (String line : Files.readAllLines(outbox())) {
                texts.add(JSON.readTree(line).get("text").asText());
            }
        }
        return texts;
    }

    @Test
    void eachLineHoldsTheTweetAndWhenItWasWritten() throws Exception {
        SendResult result = channel().send(tweet("a1b2c3d4e5f6", "Text https://example.org/", false));

        assertEquals("outbox-a1b2c3d4e5f6", result.remoteId());
        JsonNode line = JSON.readTree(Files.readAllLines(outbox()).get(0));
        assertEquals("a1b2c3d4e5f6", line.get("id").asText());
        assertEquals("https://example.org/2026/11/a1b2c3d4e5f6/", line.get("url").asText());
        assertEquals(25, line.get("weightedLength").asInt());
        assertEquals("2026-11-25T08:30:00-05:00", line.get("scheduledAt").asText());
        assertEquals("2026-11-25T13:31:00Z", line.get("sentAt").asText());
    }
}
