package dev.rounds.credibility;

import dev.rounds.core.Problems;
import dev.rounds.site.Post;
import dev.rounds.source.Author;
import dev.rounds.source.FrontMatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A post names its author and reviewer by key into the authors file. A key the file does not have still builds
 * (a plain name is allowed), but the page then shows no credentials, role or affiliation: when a blog has an
 * authors file, that is almost always a typo, so it is a warning that lists the keys there are.
 */
final class AuthorKeys {

    private final Map<String, Author> authors;

    AuthorKeys(Map<String, Author> authors) {
        this.authors = authors;
    }

    void check(List<Post> posts, Problems problems) {
        if (authors.isEmpty()) {
            return;
        }
        for (Post post : posts) {
            FrontMatter fm = post.frontMatter();
            checkKey(post, "author", fm.author(), fm.lineOfAny("author"), problems);
            checkKey(post, "reviewedBy", fm.reviewedBy(), fm.lineOfAny("reviewedBy", "reviewed_by"), problems);
        }
    }

    private void checkKey(Post post, String field, String key, int line, Problems problems) {
        if (key == null || authors.containsKey(key)) {
            return;
        }
        String known = String.join(", ", authors.keySet());
        String fix = closest(key).map(guess -> "Did you mean '" + guess + "'? ").orElse("")
                + "Use one of the authors file's keys (" + known + "), or add '" + key + ":' with name and credentials"
                + " to the authors file.";
        problems.warning(post.source(), line, "'" + field + ": " + key + "' is not in the authors file: the page shows '"
                + key + "' with no credentials, role or affiliation.", fix);
    }

    /** The known key nearest to a typo (at most two edits away), if there is one. */
    private Optional<String> closest(String key) {
        return authors.keySet().stream()
                .filter(candidate -> distance(candidate.toLowerCase(), key.toLowerCase()) <= 2)
                .min(Comparator.comparingInt(candidate -> distance(candidate.toLowerCase(), key.toLowerCase())));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
