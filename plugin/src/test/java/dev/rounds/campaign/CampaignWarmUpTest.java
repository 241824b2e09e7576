package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The campaign's warm-up reaches every library a first plan uses: it must make teasers, not stop at key points. */
class CampaignWarmUpTest {

    @Test
    void theMadeUpPostYieldsTeasersThatTheGuardReads() {
        int teasers = CampaignWarmUp.run();

        assertTrue(teasers >= 2, "teasers composed and scanned: " + teasers);
    }
}
