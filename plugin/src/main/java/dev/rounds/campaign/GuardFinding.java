package dev.rounds.campaign;

/**
 * A confidentiality finding on a teaser, as written in campaign.json.
 *
 * @param id the finding's stable id, which the author can acknowledge in front matter
 * @param category e.g. "name", "phone"
 * @param rule the rule that matched
 * @param matched the text that matched
 * @param suggestion how to fix it
 * @param acknowledged whether the post's front matter acknowledges it (then it does not block)
 */
public record GuardFinding(String id, String category, String rule, String matched, String suggestion,
                           boolean acknowledged) {

    /** What the record's own {@code toString} gives, without {@code String.format} (see ScheduledTweet). */
    @Override
    public String toString() {
        return "GuardFinding[id=" + id + ", category=" + category + ", rule=" + rule + ", matched=" + matched
                + ", suggestion=" + suggestion + ", acknowledged=" + acknowledged + "]";
    }
}
