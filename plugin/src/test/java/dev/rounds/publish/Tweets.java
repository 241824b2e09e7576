package dev.rounds.publish;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Builds plans for tests. */
final class Tweets {

    static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    private Tweets() {
    }

    static PlannedTweet ready(String id, String text, Instant due) {
        return tweet(id, text, due, TweetStatus.READY, "https://example.org/" + id + "/");
    }

    static PlannedTweet blocked(String id, String text, Instant due) {
        return tweet(id, text, due, TweetStatus.BLOCKED, "https://example.org/" + id + "/");
    }

    static PlannedTweet linking(String id, String url, Instant due) {
        return tweet(id, "Read " + id + " " + url, due, TweetStatus.READY, url);
    }

    static PlannedTweet tweet(String id, String text, Instant due, TweetStatus status, String url) {
        return new PlannedTweet(id, "2026/" + id + ".md", text, url,
                OffsetDateTime.ofInstant(due, ZoneOffset.ofHours(-5)), text.length(), 140, status);
    }

    static Plan plan(PlannedTweet... tweets) {
        return new Plan(NOW.minusSeconds(86_400), "https://example.org/", List.of(tweets));
    }

    static Instant minutesAgo(long minutes) {
        return NOW.minusSeconds(minutes * 60);
    }
}
