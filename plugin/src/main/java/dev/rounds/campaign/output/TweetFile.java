package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;

/**
 * A campaign file as pieces: a head, then for each tweet in the plan's order a separator and the tweet's fragment,
 * then a tail. A tweet's fragment depends on the tweet alone, so a write can copy from the last file the fragment of
 * every tweet that did not change ({@link TweetFragments}). The pieces joined are exactly the file the format's own
 * writer makes (tested).
 */
interface TweetFile {

    byte[] NOTHING = new byte[0];

    byte[] head(Campaign campaign);

    /** The tweet's bytes in the file (UTF-8); empty for a tweet the file leaves out. */
    byte[] fragment(ScheduledTweet tweet);

    /** What stands before the {@code index}th tweet's fragment (0 for the first). */
    default byte[] separator(int index) {
        return NOTHING;
    }

    byte[] tail(Campaign campaign);
}
