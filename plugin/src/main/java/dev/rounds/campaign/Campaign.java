package dev.rounds.campaign;

import java.util.List;

/**
 * The whole blog's tweet plan, ordered by time.
 *
 * @param siteUrl the site the tweets link to
 * @param limit the length limit
 * @param tweets every tweet, ordered by scheduled time then id
 */
public record Campaign(String siteUrl, int limit, List<ScheduledTweet> tweets) {
    public Campaign {
        tweets = List.copyOf(tweets);
    }

    public List<ScheduledTweet> blocked() {
        return tweets.stream().filter(ScheduledTweet::blocked).toList();
    }
}
