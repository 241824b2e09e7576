package dev.rounds.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule flags its own positive examples and leaves its negative examples alone. */
class RuleExamplesTest {

    static final String BLOG_HOST = "rounds.example.org";

    static Stream<Arguments> positives() {
        return Arrays.stream(Rule.values())
                .flatMap(rule -> rule.positiveExamples().stream().map(example -> Arguments.of(rule, example)));
    }

    static Stream<Arguments> negatives() {
        return Arrays.stream(Rule.values())
                .flatMap(rule -> rule.negativeExamples().stream().map(example -> Arguments.of(rule, example)));
    }

    @ParameterizedTest(name = "{0} flags \"{1}\"")
    @MethodSource("positives")
    void ruleFlagsItsPositiveExample(Rule rule, String example) {
        assertFalse(rule.find(example, BLOG_HOST).isEmpty(), rule.ruleName() + " missed: " + example);
    }

    @ParameterizedTest(name = "{0} leaves \"{1}\"")
    @MethodSource("negatives")
    void ruleLeavesItsNegativeExample(Rule rule, String example) {
        assertTrue(rule.find(example, BLOG_HOST).isEmpty(),
                rule.ruleName() + " wrongly flagged: " + example + " " + rule.find(example, BLOG_HOST));
    }

    @ParameterizedTest(name = "{0} is documented")
    @MethodSource("rules")
    void everyRuleHasExamplesBothWays(Rule rule) {
        assertFalse(rule.positiveExamples().isEmpty(), rule.ruleName());
        assertFalse(rule.negativeExamples().isEmpty(), rule.ruleName());
        assertFalse(rule.description().isBlank(), rule.ruleName());
        assertFalse(rule.suggestion().isBlank(), rule.ruleName());
    }

    static Stream<Rule> rules() {
        return Arrays.stream(Rule.values());
    }
}
