package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * campaign.csv in the bulk-upload layout Hootsuite's bulk composer reads: no header; date and time
 * ({@code MM/dd/yyyy HH:mm}, on five-minute marks, in the author's time zone), the message, and the link.
 * Blocked teasers are left out: a file for another tool must not carry them.
 */
public final class CampaignCsv implements TweetFile {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

    public String write(Campaign campaign) {
        StringBuilder csv = new StringBuilder();
        try {
            write(campaign, csv);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return csv.toString();
    }

    /** Writes the file's text to {@code csv} as it is made. */
    public void write(Campaign campaign, Appendable csv) throws IOException {
        for (ScheduledTweet tweet : campaign.tweets()) {
            if (tweet.blocked()) {
                continue;
            }
            csv.append(row(tweet));
        }
    }

    private static String row(ScheduledTweet tweet) {
        return quote(tweet.scheduledAt().format(WHEN)) + ',' + quote(tweet.text()) + ',' + quote(tweet.url()) + "\r\n";
    }

    @Override
    public byte[] head(Campaign campaign) {
        return NOTHING;
    }

    /** The tweet's row; nothing for a blocked tweet. */
    @Override
    public byte[] fragment(ScheduledTweet tweet) {
        return tweet.blocked() ? NOTHING : row(tweet).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] tail(Campaign campaign) {
        return NOTHING;
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
