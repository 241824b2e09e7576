package dev.rounds.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCampaignPlanIgnoringFieldsItDoesNotUse() throws URISyntaxException {
        Plan plan = PlanReader.read(Path.of(PlanReaderTest.class.getResource("/publish/campaign.json").toURI()));

        assertEquals(Instant.parse("2026-11-25T10:00:00Z"), plan.generatedAt());
        assertEquals(2, plan.tweets().size());
        PlannedTweet ready = plan.tweets().get(0);
        assertEquals("a1b2c3d4e5f6", ready.id());
        assertEquals(OffsetDateTime.parse("2026-11-25T08:30:00-05:00"), ready.scheduledAt());
        assertEquals(Instant.parse("2026-11-25T13:30:00Z"), ready.dueAt());
        assertEquals(97, ready.weightedLength());
        assertEquals(TweetStatus.READY, ready.status());
        assertEquals(TweetStatus.BLOCKED, plan.tweets().get(1).status());
    }

    @Test
    void aMissingPlanSaysWhichGoalWritesIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PlanReader.read(dir.resolve("campaign.json")));
        assertTrue(e.getMessage().contains("rounds:campaign"), e.getMessage());
    }

    @Test
    void anUnknownStatusIsAnErrorNotAGuess() throws Exception {
        Path file = dir.resolve("campaign.json");
        Files.writeString(file, "{\"tweets\":[{\"id\":\"x\",\"text\":\"t\",\"url\":\"https://e.org/\","
                + "\"scheduledAt\":\"2026-11-25T08:30:00Z\",\"weightedLength\":1,\"limit\":140,\"status\":\"maybe\"}]}");
        assertThrows(InvalidInputException.class, () -> PlanReader.read(file));
    }

    @Test
    void twoTweetsWithOneIdAreRejected() throws Exception {
        Path file = dir.resolve("campaign.json");
        String tweet = "{\"id\":\"x\",\"text\":\"t\",\"url\":\"https://e.org/\",\"scheduledAt\":\"2026-11-25T08:30:00Z\","
                + "\"weightedLength\":1,\"limit\":140,\"status\":\"ready\"}";
        Files.writeString(file, "{\"tweets\":[" + tweet + "," + tweet + "]}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlanReader.read(file));
        assertTrue(e.getMessage().contains("share the id x"), e.getMessage());
    }
}
