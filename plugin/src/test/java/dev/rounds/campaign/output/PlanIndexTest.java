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
        new PlanIndex("first", Map.of("a", "1", "b", "2", "c", "3"), Map.of()).write(file, List.of("c", "a", "b"),
                List.of("posts/c.md", "a b.md", "b.md"));
        PlanIndex read = PlanIndex.read(file);
        assertEquals("first", read.campaignKey());
        assertEquals(Optional.of("3"), read.digest("c"));
        assertEquals(Map.of("posts/c.md", "c", "a b.md", "a", "b.md", "b"), read.keyBySource());

        PlanIndex later = read.with("", Map.of("b", "20", "d", "4")).with("second", Map.of());
        assertEquals(Optional.of("20"), later.digest("b"));
        assertEquals(Optional.of("1"), later.digest("a"));
        assertEquals(Optional.empty(), later.digest("e"));
        later.write(file, List.of("d", "b", "e", "a"), List.of("d.md", "b.md", "e.md", "line\nbreak.md"));

        // A key without a digest, or whose post's path has a line break, is left out.
        assertEquals("rounds-plan-index-2\ncampaign second\nd 4 d.md\nb 20 b.md\n", Files.readString(file));
        PlanIndex again = PlanIndex.read(file);
        assertEquals(Optional.empty(), again.digest("a"));
        assertEquals(Optional.of("20"), again.digest("b"));
    }

    @Test
    void anUnreadableIndexIsEmpty() throws IOException {
        Path file = temp.resolve("campaign-plans.txt");
        Files.writeString(file, "rounds-plan-index-2\ncampaign x\nno-space-here\n");
        assertEquals("", PlanIndex.read(file).campaignKey());
        Files.writeString(file, "rounds-plan-index-2\ncampaign x\nkey digest-without-source\n");
        assertEquals("", PlanIndex.read(file).campaignKey());
        assertEquals(Optional.empty(), PlanIndex.read(file).digest("no-space-here"));
        assertEquals("", PlanIndex.read(temp.resolve("missing.txt")).campaignKey());
    }
}
