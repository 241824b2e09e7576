package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The made-up post a cold build reads on a spare thread is read without a problem, so every mapping it meets runs. */
class PostReaderWarmUpTest {

    @Test
    void theSampleReadsWithoutAProblem() {
        assertEquals(List.of(), new PostReader(new DateParser(ZoneId.of("Europe/London"))).warmUp());
    }
}
