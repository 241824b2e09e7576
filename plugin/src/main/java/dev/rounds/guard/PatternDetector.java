package dev.rounds.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A regex that proposes matches and a {@link Judge} that keeps, grades or drops each one by its context. */
final class PatternDetector implements Detector {

    private final Pattern pattern;
    private final int reportedGroup;
    private final Judge judge;

    /** A detector reporting group {@code reportedGroup} of {@code regex}'s matches that {@code judge} keeps. */
    static PatternDetector of(String regex, int reportedGroup, Judge judge) {
        return new PatternDetector(Pattern.compile(regex), reportedGroup, judge);
    }

    PatternDetector(Pattern pattern, int reportedGroup, Judge judge) {
        this.pattern = pattern;
        this.reportedGroup = reportedGroup;
        this.judge = judge;
    }

    @Override
    public List<Hit> find(String text, String blogHost) {
        List<Hit> hits = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.start(reportedGroup) < 0 || matcher.end(reportedGroup) == matcher.start(reportedGroup)) {
                continue;
            }
            Match match = new Match(text, matcher.toMatchResult(), reportedGroup, blogHost);
            Optional<Confidence> confidence = judge.judge(match);
            confidence.ifPresent(c -> hits.add(new Hit(match.start(), match.end(), c)));
        }
        return hits;
    }
}
