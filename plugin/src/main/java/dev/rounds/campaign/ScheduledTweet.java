package dev.rounds.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One tweet of the plan, exactly as campaign.json holds it.
 *
 * @param id stable: from the post and the key point
 * @param post the source file's path relative to the posts folder
 * @param postTitle the post's title (for the preview)
 * @param text exactly what will be posted, link and hashtags included
 * @param url where the link goes
 * @param scheduledAt when it goes out, in the author's time zone
 * @param weightedLength its length as Twitter counts it
 * @param limit the length limit it was composed for
 * @param source where its key point came from
 * @param sourceSentence the post's own words it was made from
 * @param status ready or blocked
 * @param findings confidentiality findings (blocking unless acknowledged)
 * @param sequence its place in the post's series, 0 for the intro
 */
public record ScheduledTweet(String id, String post, String postTitle, String text, String url,
                             OffsetDateTime scheduledAt, int weightedLength, int limit, TeaserSource source,
                             String sourceSentence, Status status, List<GuardFinding> findings, int sequence) {

    /** Whether a tweet may go out. */
    public enum Status {
        READY, BLOCKED;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ScheduledTweet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        findings = List.copyOf(findings);
        if (weightedLength > limit) {
            throw new IllegalArgumentException("tweet " + id + " is over its limit: " + weightedLength + " > " + limit);
        }
    }

    public boolean blocked() {
        return status == Status.BLOCKED;
    }

    /**
     * What the record's own {@code toString} gives, written out: the campaign's files and preview pages are keyed by
     * this text for every tweet, and on Java 17 the generated one goes through {@code String.format} (a title edited in
     * rounds:serve spent a sixth of the campaign preview's time there, at 10,000 posts).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(512).append("ScheduledTweet[id=").append(id).append(", post=")
                .append(post).append(", postTitle=").append(postTitle).append(", text=").append(text)
                .append(", url=").append(url).append(", scheduledAt=").append(scheduledAt)
                .append(", weightedLength=").append(weightedLength).append(", limit=").append(limit)
                .append(", source=").append(source).append(", sourceSentence=").append(sourceSentence)
                .append(", status=").append(status).append(", findings=[");
        for (int i = 0; i < findings.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(findings.get(i));
        }
        return out.append("], sequence=").append(sequence).append(']').toString();
    }
}
