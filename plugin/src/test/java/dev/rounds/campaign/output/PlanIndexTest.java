package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan index: digests made in a run win over those read, and a write keeps only the keys asked for. */
class PlanIndexTest {

    @TempDir
    Path temp;

    @Test
    void addedDigestsWinAndAWriteKeepsTheGivenKeysInOrder() throws IOException {
        Path file = temp.resolve("campaign-plans.txt");
        new PlanIndex("first", Map.of("a", "1", "b", "2", "c", "3"), Map.of()).write(file, List.of("c", "a", "b"));
        PlanIndex read = PlanIndex.read(file);
        assertEquals("first", read.campaignKey());
        assertEquals(Optional.of("3"), read.digest("c"));

        PlanIndex later = read.with("", Map.of("b", "20", "d", "4")).with("second", Map.of());
        assertEquals(Optional.of("20"), later.digest("b"));
        assertEquals(Optional.of("1"), later.digest("a"));
        assertEquals(Optional.empty(), later.digest("e"));
        later.write(file, List.of("d", "b", "e"));

        assertEquals("rounds-plan-index-1\ncampaign second\nd 4\nb 20\n", Files.readString(file));
        PlanIndex again = PlanIndex.read(file);
        assertEquals(Optional.empty(), again.digest("a"));
        assertEquals(Optional.of("20"), again.digest("b"));
    }

    @Test
    void anUnreadableIndexIsEmpty() throws IOException {
        Path file = temp.resolve("campaign-plans.txt");
        Files.writeString(file, "rounds-plan-index-1\ncampaign x\nno-space-here\n");
        assertEquals("", PlanIndex.read(file).campaignKey());
        assertEquals(Optional.empty(), PlanIndex.read(file).digest("no-space-here"));
        assertEquals("", PlanIndex.read(temp.resolve("missing.txt")).campaignKey());
    }
}
