package dev.rounds.campaign.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.GuardFinding;
import dev.rounds.campaign.ScheduledTweet;
import java.time.format.DateTimeFormatter;

/** campaign.json: the plan, in the schema the README documents and rounds:publish reads. Deterministic. */
public final class CampaignJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Campaign campaign) {
        ObjectNode root = JSON.createObjectNode();
        root.put("siteUrl", campaign.siteUrl());
        root.put("limit", campaign.limit());
        ArrayNode tweets = root.putArray("tweets");
        for (ScheduledTweet tweet : campaign.tweets()) {
            ObjectNode node = tweets.addObject();
            node.put("id", tweet.id());
            node.put("post", tweet.post());
            node.put("postTitle", tweet.postTitle());
            node.put("sequence", tweet.sequence());
            node.put("text", tweet.text());
            node.put("url", tweet.url());
            node.put("scheduledAt", tweet.scheduledAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            node.put("weightedLength", tweet.weightedLength());
            node.put("limit", tweet.limit());
            node.put("source", tweet.source().jsonName());
            node.put("sourceSentence", tweet.sourceSentence());
            node.put("status", tweet.status().jsonName());
            ArrayNode findings = node.putArray("findings");
            for (GuardFinding finding : tweet.findings()) {
                ObjectNode f = findings.addObject();
                f.put("id", finding.id());
                f.put("category", finding.category());
                f.put("rule", finding.rule());
                f.put("matched", finding.matched());
                f.put("suggestion", finding.suggestion());
                f.put("acknowledged", finding.acknowledged());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
