package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * campaign.csv in the bulk-upload layout Hootsuite's bulk composer reads: no header; date and time
 * ({@code MM/dd/yyyy HH:mm}, on five-minute marks, in the author's time zone), the message, and the link.
 * Blocked teasers are left out: a file for another tool must not carry them.
 */
public final class CampaignCsv {

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
            csv.append(quote(tweet.scheduledAt().format(WHEN))).append(',')
                    .append(quote(tweet.text())).append(',')
                    .append(quote(tweet.url())).append("\r\n");
        }
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
