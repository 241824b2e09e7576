package dev.rounds.credibility;

import dev.rounds.core.Problems;
import dev.rounds.site.Post;
import dev.rounds.site.SiteSettings;
import dev.rounds.source.Author;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The checks that keep clinical pages credible, run on every build after the posts are rendered: authors and
 * reviewers are people the authors file knows, reviews are dated and not overdue, and (only when asked) every
 * reference still answers.
 */
public final class CredibilityChecks {

    private final CredibilitySettings settings;
    private final LocalDate today;

    public CredibilityChecks(CredibilitySettings settings, SiteSettings site) {
        this.settings = settings;
        this.today = LocalDate.ofInstant(site.now(), site.timeZone());
    }

    /**
     * @param posts every rendered post and page, drafts included
     * @param authors the authors file's entries by key (empty when there is no authors file)
     */
    public void check(List<Post> posts, Map<String, Author> authors, Problems problems) {
        new AuthorKeys(authors).check(posts, problems);
        new ReviewAge(settings.reviewMaxAge(), settings.reviewAction(), today).check(posts, problems);
        if (settings.checkLinks()) {
            new ReferenceLinks(settings.linkTimeout(), settings.linkConcurrency()).check(posts, problems);
        }
    }
}
