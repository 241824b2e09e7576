package dev.rounds.campaign.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.GuardFinding;
import dev.rounds.campaign.ScheduledTweet;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * campaign.json: the plan, in the schema the README documents and rounds:publish reads. Deterministic. Written as a
 * stream (a plan of 10,000 posts is about 50 MB; no tree of it is built).
 */
public final class CampaignJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Campaign campaign) {
        return new String(bytes(campaign), StandardCharsets.UTF_8);
    }

    /** The file's bytes (UTF-8). */
    public byte[] bytes(Campaign campaign) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 1024 * campaign.tweets().size());
        try {
            write(campaign, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** Writes the file's bytes (UTF-8) to {@code out} as they are made, and leaves it open. */
    public void write(Campaign campaign, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("siteUrl", campaign.siteUrl());
            json.writeNumberField("limit", campaign.limit());
            json.writeArrayFieldStart("tweets");
            for (ScheduledTweet tweet : campaign.tweets()) {
                json.writeStartObject();
                json.writeStringField("id", tweet.id());
                json.writeStringField("post", tweet.post());
                json.writeStringField("postTitle", tweet.postTitle());
                json.writeNumberField("sequence", tweet.sequence());
                json.writeStringField("text", tweet.text());
                json.writeStringField("url", tweet.url());
                json.writeStringField("scheduledAt",
                        tweet.scheduledAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                json.writeNumberField("weightedLength", tweet.weightedLength());
                json.writeNumberField("limit", tweet.limit());
                json.writeStringField("source", tweet.source().jsonName());
                json.writeStringField("sourceSentence", tweet.sourceSentence());
                json.writeStringField("status", tweet.status().jsonName());
                json.writeArrayFieldStart("findings");
                for (GuardFinding finding : tweet.findings()) {
                    json.writeStartObject();
                    json.writeStringField("id", finding.id());
                    json.writeStringField("category", finding.category());
                    json.writeStringField("rule", finding.rule());
                    json.writeStringField("matched", finding.matched());
                    json.writeStringField("suggestion", finding.suggestion());
                    json.writeBooleanField("acknowledged", finding.acknowledged());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }
}
