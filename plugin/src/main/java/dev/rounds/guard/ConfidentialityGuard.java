package dev.rounds.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks teaser tweets and post bodies for the HIPAA Safe Harbor identifiers that rules over text can catch (see
 * {@link Rule} for every rule, with examples). What the caller does with the findings: every finding blocks a
 * tweet; in a post, {@link Confidence#HIGH} findings fail the build and {@link Confidence#MEDIUM} ones are warnings,
 * unless the author acknowledges a finding's {@link Finding#id() id} in front matter.
 *
 * <p>Immutable and thread-safe: the rules hold compiled patterns and no state. Scanning is deterministic: the same
 * text gives the same findings in the same order.
 */
public final class ConfidentialityGuard {

    /** Overlapping matches keep the surest, then the rule listed first, then the longest. */
    private static final Comparator<Candidate> PRIORITY = Comparator
            .comparing((Candidate c) -> c.hit().confidence())
            .thenComparing(Candidate::rule)
            .thenComparing(c -> c.hit().start() - c.hit().end())
            .thenComparingInt(c -> c.hit().start());

    private final String blogHost;

    /**
     * @param blogHost the blog's host, e.g. {@code rounds.example.org}; links there (and to its subdomains) are the
     *     teaser's own. May be null or blank, in which case tweets are not checked for external links at all.
     */
    public ConfidentialityGuard(String blogHost) {
        this.blogHost = normaliseHost(blogHost);
    }

    /** Every rule, including links to other sites. Lines count from 1 within the tweet. */
    public List<Finding> scanTweet(String tweetText) {
        return scan(tweetText, true);
    }

    /** Every rule except external links, which are ordinary references in a post. Lines are 1-based in the body. */
    public List<Finding> scanPost(String body) {
        return scan(body, false);
    }

    private List<Finding> scan(String text, boolean tweet) {
        Objects.requireNonNull(text, "text");
        List<Candidate> candidates = new ArrayList<>();
        ScannedText scanned = new ScannedText(text);
        for (Rule rule : Rule.values()) {
            if (tweet || !rule.tweetsOnly()) {
                for (Hit hit : rule.find(scanned, blogHost)) {
                    candidates.add(new Candidate(rule, hit));
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(PRIORITY);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.hit().overlaps(candidate.hit()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt((Candidate c) -> c.hit().start()).thenComparing(Candidate::rule));
        LineIndex lines = new LineIndex(text);
        return kept.stream().map(c -> toFinding(text, c, lines)).toList();
    }

    private static Finding toFinding(String text, Candidate candidate, LineIndex lines) {
        Rule rule = candidate.rule();
        String matched = text.substring(candidate.hit().start(), candidate.hit().end());
        return new Finding(FindingId.of(rule.category(), matched), rule.category(), rule.ruleName(), matched,
                lines.lineOf(candidate.hit().start()), candidate.hit().confidence(), rule.suggestion());
    }

    private static String normaliseHost(String host) {
        if (host == null || host.isBlank()) {
            return "";
        }
        return ExternalLinkDetector.hostOf(host.strip()).toLowerCase(Locale.ROOT);
    }

    private record Candidate(Rule rule, Hit hit) {
    }

    /** Maps offsets to 1-based line numbers. */
    private static final class LineIndex {
        private final List<Integer> lineStarts = new ArrayList<>();

        LineIndex(String text) {
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        int lineOf(int offset) {
            int low = 0;
            int high = lineStarts.size() - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (lineStarts.get(middle) <= offset) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low + 1;
        }
    }
}
