package dev.rounds.campaign.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
public final class CampaignJson implements TweetFile {

    /** Jackson's streaming core alone: the plan is written field by field, and databind takes long to load. */
    private static final JsonFactory JSON = new JsonFactory();

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
            json.setPrettyPrinter(pretty());
            json.writeStartObject();
            json.writeStringField("siteUrl", campaign.siteUrl());
            json.writeNumberField("limit", campaign.limit());
            json.writeArrayFieldStart("tweets");
            for (ScheduledTweet tweet : campaign.tweets()) {
                writeTweet(json, tweet);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** What comes before the first tweet: the plan's fields and the opening of its list of tweets. */
    @Override
    public byte[] head(Campaign campaign) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(pretty());
            json.writeStartObject();
            json.writeStringField("siteUrl", campaign.siteUrl());
            json.writeNumberField("limit", campaign.limit());
            json.writeFieldName("tweets");
            json.writeStartArray();
            json.flush();
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /**
     * One tweet's object, as {@link #write(Campaign, OutputStream)} writes it in the list: written on its own, then
     * indented to the list's depth (the pretty printer breaks lines only between fields; a line break inside a text
     * is escaped).
     */
    @Override
    public byte[] fragment(ScheduledTweet tweet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(pretty());
            writeTweet(json, tweet);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        byte[] alone = out.toByteArray();
        int breaks = 0;
        for (byte b : alone) {
            breaks += b == '\n' ? 1 : 0;
        }
        byte[] indented = new byte[alone.length + LIST_INDENT.length * breaks];
        int at = 0;
        for (byte b : alone) {
            indented[at++] = b;
            if (b == '\n') {
                System.arraycopy(LIST_INDENT, 0, indented, at, LIST_INDENT.length);
                at += LIST_INDENT.length;
            }
        }
        return indented;
    }

    /**
     * Jackson's default layout with a line feed between fields on every system (its own default is the system's line
     * separator): the file is the same wherever it is made, and a tweet copied from the last file fits the new one.
     */
    private static DefaultPrettyPrinter pretty() {
        return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** How much deeper a tweet stands in the file than on its own: the plan's object, then its list. */
    private static final byte[] LIST_INDENT = "  ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FIRST = " ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT = ", ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = " ]\n}\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public byte[] separator(int index) {
        return index == 0 ? FIRST : NEXT;
    }

    @Override
    public byte[] tail(Campaign campaign) {
        return TAIL;
    }

    private static void writeTweet(JsonGenerator json, ScheduledTweet tweet) throws IOException {
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
}
