package dev.rounds.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A file of sentences labelled by hand: {@code where<TAB>expected<TAB>sentence}, where {@code where} is
 * {@code post} or {@code tweet} and {@code expected} a category's json name or {@code clean}. Lines starting with
 * {@code #} are comments.
 */
record LabelledSet(String name, List<Example> examples) {

    record Example(boolean tweet, String expected, String sentence) {
        boolean isClean() {
            return expected.equals("clean");
        }
    }

    /** Recall and precision of the guard on the set, and the sentences it got wrong, for the report. */
    record Score(int identifiers, int caught, int flagged, int flaggedCorrectly, List<String> mistakes) {
        double recall() {
            return identifiers == 0 ? 1.0 : (double) caught / identifiers;
        }

        double precision() {
            return flagged == 0 ? 1.0 : (double) flaggedCorrectly / flagged;
        }

        String report(String setName) {
            StringBuilder text = new StringBuilder(String.format(
                    "%s: recall %.3f (%d/%d identifier sentences flagged with the right category), "
                            + "precision %.3f (%d/%d flagged sentences contain an identifier)%n",
                    setName, recall(), caught, identifiers, precision(), flaggedCorrectly, flagged));
            mistakes.forEach(m -> text.append("  ").append(m).append(System.lineSeparator()));
            return text.toString();
        }
    }

    static LabelledSet load(String resource) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                if (columns.length != 3 || !List.of("post", "tweet").contains(columns[0])) {
                    throw new IllegalArgumentException(resource + ": bad line: " + line);
                }
                if (!columns[1].equals("clean")) {
                    Category.fromJsonName(columns[1]);
                }
                examples.add(new Example(columns[0].equals("tweet"), columns[1], columns[2].strip()));
            }
        }
        return new LabelledSet(resource, examples);
    }

    Score score(ConfidentialityGuard guard) {
        int identifiers = 0;
        int caught = 0;
        int flagged = 0;
        int flaggedCorrectly = 0;
        List<String> mistakes = new ArrayList<>();
        for (Example example : examples) {
            List<Finding> findings = example.tweet() ? guard.scanTweet(example.sentence())
                    : guard.scanPost(example.sentence());
            boolean right = findings.stream().anyMatch(f -> f.category().jsonName().equals(example.expected()));
            if (!example.isClean()) {
                identifiers++;
                caught += right ? 1 : 0;
            }
            if (!findings.isEmpty()) {
                flagged++;
                flaggedCorrectly += example.isClean() ? 0 : 1;
            }
            if (example.isClean() ? !findings.isEmpty() : !right) {
                mistakes.add((example.isClean() ? "FALSE ALARM " : "MISSED ") + example.expected() + " | "
                        + example.sentence() + " -> " + findings.stream()
                        .map(f -> f.category().jsonName() + "/" + f.rule() + " '" + f.matched() + "'").toList());
            }
        }
        return new Score(identifiers, caught, flagged, flaggedCorrectly, mistakes);
    }
}
