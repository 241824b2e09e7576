package dev.rounds.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex that proposes matches and a {@link Judge} that keeps, grades or drops each one by its context.
 * <p>
 * Java's regex engine tries a pattern at every position of the text, and most of these patterns open with a long
 * alternation of trigger words, so a plain search spends its time failing at letters no match can begin with. The
 * detector learns from the pattern itself which ASCII characters a match can begin with, after which character
 * ({@link #asciiStarts}, {@link #startsAfter}), and tries the pattern only there (and at every non-ASCII character,
 * about which it assumes nothing). It finds exactly
 * what {@link Matcher#find()} finds, for patterns without {@code \G} or a positive lookbehind:
 * {@code PatternDetectorTest} holds every rule's search to the plain one.
 */
final class PatternDetector implements Detector {

    /**
     * What may stand before a match's first character. A negative lookbehind passes at the start of the text, and a
     * word boundary holds before a word character there and before any other after a letter; a positive lookbehind
     * would need its own characters, so no rule's pattern begins with one (tested).
     */
    private static final List<String> BEFORE = List.of("", "a", " ", "1", ".", "\n");

    /** Each of {@link #BEFORE} followed by each ASCII character, made once for every pattern's probe. */
    private static final String[][] PROBES = new String[BEFORE.size()][128];

    static {
        for (int i = 0; i < BEFORE.size(); i++) {
            for (char c = 0; c < 128; c++) {
                PROBES[i][c] = BEFORE.get(i) + c;
            }
        }
    }

    private final Pattern pattern;
    private final int reportedGroup;
    private final Judge judge;
    /** Which ASCII characters a match can begin with, or null when the pattern can match nothing at all (empty). */
    private final boolean[] starts;
    /**
     * Which ASCII characters a match can begin with right after each ASCII character ({@link #startsAfter}), and at
     * the text's start ({@link #AT_START}); null with {@link #starts}. Learning them adds about 50 ms to the guard's
     * start, and saves a quarter of its scanning time. A pattern that opens with a word boundary cannot begin in
     * the middle of a word, which {@link #starts}, learnt after a letter and after a space alike, cannot tell.
     */
    private final boolean[][] startsAfter;
    /** What every match is made of, or null: see {@link #within}. */
    private final IntPredicate inside;
    /** Words in lower-case ASCII, one of which every match contains: see {@link #within}. */
    private final List<String> anchors;

    /** A detector reporting group {@code reportedGroup} of {@code regex}'s matches that {@code judge} keeps. */
    static PatternDetector of(String regex, int reportedGroup, Judge judge) {
        return new PatternDetector(Pattern.compile(regex), reportedGroup, judge);
    }

    PatternDetector(Pattern pattern, int reportedGroup, Judge judge) {
        this.pattern = pattern;
        this.reportedGroup = reportedGroup;
        this.judge = judge;
        this.starts = asciiStarts(pattern);
        this.startsAfter = starts == null ? null : new boolean[AT_START + 1][];
        for (int before = 0; starts != null && before <= AT_START; before++) {
            startsAfter[before] = startsAfter(pattern, starts, before);
        }
        this.inside = null;
        this.anchors = List.of();
    }

    /** {@code searched} told what {@link #within} says, its start tables kept. */
    private PatternDetector(PatternDetector searched, IntPredicate inside, List<String> anchors) {
        this.pattern = searched.pattern;
        this.reportedGroup = searched.reportedGroup;
        this.judge = searched.judge;
        this.starts = searched.starts;
        this.startsAfter = searched.startsAfter;
        this.inside = inside;
        this.anchors = List.copyOf(anchors);
    }

    /**
     * The same detector, told two things that hold for every match of its pattern: it is made of characters that
     * {@code inside} accepts, and it contains one of {@code anchors} (lower-case ASCII words, in any ASCII case, as
     * the pattern's {@code (?i)} matches them). No match then reaches across a character {@code inside} refuses, so
     * the search looks only in the runs of accepted characters that contain an anchor (with the text around them
     * visible to lookarounds and word boundaries) and finds what the whole search finds. For a pattern that a run
     * of ordinary words can begin at every word ("a 45-year-old man named ..."), most of a post is skipped.
     * {@code PatternDetectorTest} holds the search to {@link Matcher#find()}.
     * <p>
     * This holds for patterns without atomic groups and possessive quantifiers: with them, a match that the whole
     * text makes impossible (by what such a group took beyond the run) could be found within the run.
     */
    PatternDetector within(IntPredicate inside, String... anchors) {
        for (String anchor : anchors) {
            if (anchor.isEmpty() || !anchor.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("An anchor is a lower-case ASCII word: '" + anchor + "'");
            }
        }
        if (pattern.pattern().contains("(?>") || pattern.pattern().matches("(?s).*[+*?}]\\+.*")) {
            throw new IllegalArgumentException("A search within runs needs a pattern without atomic groups and "
                    + "possessive quantifiers: " + pattern.pattern());
        }
        return new PatternDetector(this, Objects.requireNonNull(inside), List.of(anchors));
    }

    /** The row of {@link #startsAfter} for the text's start. */
    static final int AT_START = 128;

    /**
     * Which of {@code starts} a match can begin with right after the ASCII character {@code before}, or at the text's
     * start ({@link #AT_START}): probed as {@link #asciiStarts} does, with that one character before. A probe sees one
     * character of what came before; where more would matter (a negative lookbehind of two characters) it can only
     * pass where the text would not, so it never rules out a real start.
     */
    static boolean[] startsAfter(Pattern pattern, boolean[] starts, int before) {
        boolean[] after = new boolean[128];
        Matcher probe = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        int from = before == AT_START ? 0 : 1;
        for (char c = 0; c < 128; c++) {
            if (starts[c]) {
                probe.reset(before == AT_START ? String.valueOf(c) : new String(new char[] {(char) before, c}))
                        .region(from, from + 1);
                after[c] = probe.lookingAt() || probe.hitEnd();
            }
        }
        return after;
    }


    /**
     * The ASCII characters a match of {@code pattern} can begin with: for each, after each of a set of characters
     * (lookbehinds and word boundaries look back), whether the pattern matches it or reads past it, wanting more
     * input ({@link Matcher#hitEnd()}). A character that fails every time without asking for more can begin no match.
     * Null when the pattern can match the empty text (an empty match needs no character to begin with).
     */
    static boolean[] asciiStarts(Pattern pattern) {
        boolean[] starts = new boolean[128];
        Matcher probe = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < BEFORE.size(); i++) {
            int from = BEFORE.get(i).length();
            if (probe.reset(BEFORE.get(i)).region(from, from).lookingAt()) {
                return null;
            }
            for (char c = 0; c < 128; c++) {
                if (starts[c]) {
                    continue;
                }
                probe.reset(PROBES[i][c]).region(from, from + 1);
                boolean matched = probe.lookingAt();
                if (matched && probe.end() == probe.start()) {
                    return null;
                }
                starts[c] = matched || probe.hitEnd();
            }
        }
        return starts;
    }

    @Override
    public List<Hit> find(String text, String blogHost) {
        if (starts == null) {
            return findPlainly(text, blogHost);
        }
        List<Hit> hits = new ArrayList<>();
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (inside == null) {
            search(text, 0, text.length(), matcher, blogHost, hits);
            return hits;
        }
        int length = text.length();
        int at = 0;
        while (at < length) {
            while (at < length && !inside.test(text.charAt(at))) {
                at++;
            }
            int runStart = at;
            while (at < length && inside.test(text.charAt(at))) {
                at++;
            }
            if (at > runStart && hasAnchor(text, runStart, at)) {
                search(text, runStart, at, matcher, blogHost, hits);
            }
        }
        return hits;
    }

    private boolean hasAnchor(String text, int from, int to) {
        for (String anchor : anchors) {
            for (int i = from, last = to - anchor.length(); i <= last; i++) {
                if (text.regionMatches(true, i, anchor, 0, anchor.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The matches that begin in {@code [from, to)} and end by {@code to}, found as {@code find()} finds them. */
    private void search(String text, int from, int to, Matcher matcher, String blogHost, List<Hit> hits) {
        int length = to;
        int at = from;
        while (true) {
            while (at < length) {
                char c = text.charAt(at);
                if (c >= 128) {
                    break;
                }
                boolean[] table = at == 0 ? startsAfter[AT_START] : text.charAt(at - 1) < 128
                        ? startsAfter[text.charAt(at - 1)] : starts;
                if (table[c]) {
                    break;
                }
                at++;
            }
            if (at >= length) {
                return;
            }
            matcher.region(at, length);
            if (matcher.lookingAt()) {
                judge(text, matcher, blogHost, hits);
                // As find() does: on where the match ended, or one further after an empty match.
                at = matcher.end() == at ? at + 1 : matcher.end();
            } else {
                at++;
            }
        }
    }

    /** The search as {@link Matcher#find()} does it, position by position (for the test that the two agree). */
    List<Hit> findPlainly(String text, String blogHost) {
        List<Hit> hits = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            judge(text, matcher, blogHost, hits);
        }
        return hits;
    }

    private void judge(String text, Matcher matcher, String blogHost, List<Hit> hits) {
        if (matcher.start(reportedGroup) < 0 || matcher.end(reportedGroup) == matcher.start(reportedGroup)) {
            return;
        }
        Match match = new Match(text, matcher.toMatchResult(), reportedGroup, blogHost);
        Optional<Confidence> confidence = judge.judge(match);
        confidence.ifPresent(c -> hits.add(new Hit(match.start(), match.end(), c)));
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the search skips positions (false for a pattern that can match empty). */
    boolean skips() {
        return starts != null;
    }
}
