package dev.rounds.campaign;

import dev.rounds.core.Problem;
import dev.rounds.core.Sha256;
import java.util.List;

/**
 * What planning one post gives: its series (before scheduling) and what the author must be told about it (guard
 * findings in its body, teasers that would not fit...). It depends on the post and the settings only, so it can be
 * kept between builds.
 *
 * @param series the post's teasers, intro first (empty for a post that is not tweeted)
 * @param problems the post's problems
 */
public record PostPlan(List<Teaser> series, List<Problem> problems) {
    public PostPlan {
        series = List.copyOf(series);
        problems = List.copyOf(problems);
    }

    /** What the plan says, as a digest: two plans with the same digest time the same tweets and report the same. */
    public String digest() {
        return Sha256.hex(toString());
    }
}
