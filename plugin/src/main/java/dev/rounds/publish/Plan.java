package dev.rounds.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The campaign plan ({@code target/rounds/campaign.json}) as the publisher reads it.
 *
 * @param generatedAt when the campaign stage wrote it (may be null in hand-written plans)
 * @param siteUrl the blog's public address
 * @param tweets every planned tweet, ready or blocked
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Plan(Instant generatedAt, String siteUrl, List<PlannedTweet> tweets) {

    public Plan {
        siteUrl = siteUrl == null ? "" : siteUrl;
        tweets = tweets == null ? List.of() : List.copyOf(tweets);
        Set<String> ids = new HashSet<>();
        for (PlannedTweet tweet : tweets) {
            // Two tweets sharing an id would share one ledger entry: one of them would never go out.
            if (!ids.add(tweet.id())) {
                throw new IllegalArgumentException("two tweets share the id " + tweet.id());
            }
        }
    }
}
