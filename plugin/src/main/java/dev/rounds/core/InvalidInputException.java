package dev.rounds.core;

import java.util.List;
import java.util.stream.Collectors;

/** The author's input is wrong: a broken post, a template error, a blocked tweet. The Mojo turns it into a build failure. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summarise(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return count + " to fix:" + System.lineSeparator()
                + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining(System.lineSeparator()));
    }
}
