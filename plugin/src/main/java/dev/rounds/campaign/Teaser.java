package dev.rounds.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A composed teaser before it has a slot: what it says and when the cadence would like it to go out.
 *
 * @param id stable: from the post and the key point
 * @param post the source file's path relative to the posts folder
 * @param postTitle the post's title
 * @param text the full tweet text
 * @param url where its link goes
 * @param weightedLength as Twitter counts it
 * @param limit the limit it was composed for
 * @param source where the key point came from
 * @param sourceSentence the post's own words
 * @param findings confidentiality findings
 * @param sequence 0 for the intro, then 1, 2...
 * @param desiredAt the post's publication plus the cadence step
 */
public record Teaser(String id, String post, String postTitle, String text, String url, int weightedLength, int limit,
                     TeaserSource source, String sourceSentence, List<GuardFinding> findings, int sequence,
                     Instant desiredAt) {
    public Teaser {
        findings = List.copyOf(findings);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(finding -> !finding.acknowledged());
    }
}
