package dev.rounds.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a run so that all of them are reported at once. Thread-safe: stages that work in
 * parallel add to the same collector.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(Collection<Problem> more) {
        problems.addAll(more);
    }

    public void error(String source, int line, String message, String fix) {
        add(Problem.error(source, line, message, fix));
    }

    public void warning(String source, int line, String message, String fix) {
        add(Problem.warning(source, line, message, fix));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All problems, ordered by source then line, so reports are stable across parallel runs. */
    public synchronized List<Problem> all() {
        return problems.stream()
                .distinct()
                .sorted(Comparator.comparing(Problem::source).thenComparingInt(Problem::line)
                        .thenComparing(Problem::message))
                .toList();
    }

    public List<Problem> errors() {
        return all().stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return all().stream().filter(p -> !p.isError()).toList();
    }

    /** Logs warnings, then throws if there is any error. */
    public void report(Log log) {
        for (Problem warning : warnings()) {
            log.warn(warning.describe());
        }
        if (hasErrors()) {
            throw new InvalidInputException(errors());
        }
    }
}
