package dev.rounds.credibility;

import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import dev.rounds.site.Post;
import dev.rounds.source.FrontMatter;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Clinical advice ages: a page that says "medically reviewed" must say when, and (if the blog sets a limit) not
 * long ago. Drafts and scheduled posts are left alone: they are not on the site yet.
 */
final class ReviewAge {

    private final Period maxAge;
    private final CredibilitySettings.Action action;
    private final LocalDate today;

    ReviewAge(Period maxAge, CredibilitySettings.Action action, LocalDate today) {
        this.maxAge = maxAge;
        this.action = action;
        this.today = today;
    }

    void check(List<Post> posts, Problems problems) {
        for (Post post : posts) {
            if (!post.draft() && !post.scheduled()) {
                checkOne(post, problems);
            }
        }
    }

    private void checkOne(Post post, Problems problems) {
        FrontMatter fm = post.frontMatter();
        LocalDate reviewed = fm.lastReviewed();
        if (reviewed == null) {
            if (fm.medical()) {
                problems.warning(post.source(), fm.lineOfAny("reviewedBy", "reviewed_by", "medicalAudience",
                        "specialty", "aspect"), "The post has medical review metadata but no 'lastReviewed' date: "
                        + "readers cannot tell how current it is.", "Add 'lastReviewed: YYYY-MM-DD' (the date of "
                        + "the last clinical review) to the front matter.");
            }
            return;
        }
        // Looked up only for a post with a review date (the look-up walks the front matter's keys).
        int line = fm.lineOfAny("lastReviewed", "last_reviewed");
        if (fm.reviewedBy() == null) {
            problems.warning(post.source(), line, "The post has 'lastReviewed' but no 'reviewedBy': the page cannot "
                    + "say who reviewed it.", "Add 'reviewedBy: <key in the authors file>'.");
        }
        if (reviewed.isAfter(today)) {
            // Without today's date in it: a build's result (its warnings too) holds until that day comes.
            problems.warning(post.source(), line, "'lastReviewed: " + reviewed + "' is in the future.",
                    "Write the date the review actually happened.");
            return;
        }
        if (maxAge != null && reviewed.plus(maxAge).isBefore(today)) {
            String message = "The clinical review is " + describe(Period.between(reviewed, today)) + " old (last "
                    + "reviewed " + reviewed + "; rounds.reviewMaxAge is " + maxAge + ").";
            String fix = "Have the post reviewed again and set 'lastReviewed: " + today + "', or unpublish it "
                    + "('draft: true') until it is.";
            problems.add(action == CredibilitySettings.Action.FAIL ? Problem.error(post.source(), line, message, fix)
                    : Problem.warning(post.source(), line, message, fix));
        }
    }

    /** "1 year 2 months", "5 months", "12 days". */
    static String describe(Period age) {
        StringBuilder text = new StringBuilder();
        append(text, age.getYears(), "year");
        append(text, age.getMonths(), "month");
        if (text.isEmpty()) {
            append(text, age.getDays(), "day");
        }
        return text.isEmpty() ? "0 days" : text.toString();
    }

    private static void append(StringBuilder text, int amount, String unit) {
        if (amount > 0) {
            text.append(text.isEmpty() ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }
}
