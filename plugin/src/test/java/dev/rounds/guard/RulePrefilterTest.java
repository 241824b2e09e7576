package dev.rounds.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.testing.Blogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A rule's prefilter ({@link Rule#mayMatch}) only saves time: whenever the rule's pattern finds something in a text,
 * the prefilter lets that text through. Checked on every example, every labelled sentence, every paragraph of the
 * example blog, and texts made by mangling them (case, digits, letters dropped or doubled, texts joined).
 */
class RulePrefilterTest {

    private static final String HOST = "rounds.example.org";

    @Test
    void everyTextARuleMatchesPassesItsPrefilter() throws IOException {
        List<String> texts = corpus();
        List<String> wrong = new ArrayList<>();
        int matched = 0;
        for (String text : texts) {
            for (Rule rule : Rule.values()) {
                if (!rule.findUnfiltered(text, HOST).isEmpty()) {
                    matched++;
                    if (!rule.mayMatch(text)) {
                        wrong.add(rule + ": " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(matched > 100, "the corpus exercises the rules: " + matched + " matches");
    }

    @Property(tries = 3000)
    void manglingATextNeverHidesAMatchFromThePrefilter(@ForAll("mangled") String text) {
        for (Rule rule : Rule.values()) {
            if (!rule.findUnfiltered(text, HOST).isEmpty()) {
                assertTrue(rule.mayMatch(text), rule + " found something the prefilter kept out: " + text);
            }
        }
    }

    @Test
    void prefiltersKeepOrdinaryProseOut() {
        String prose = "Hand hygiene before touching the bed rail matters as much as before touching skin.";
        long scanned = Stream.of(Rule.values()).filter(rule -> rule.mayMatch(prose)).count();
        assertTrue(scanned <= 8, scanned + " of " + Rule.values().length + " rules would scan plain prose");
        assertFalse(Rule.ZIP_CODE.mayMatch("Her ZIP code is 1045."), "four digits are no ZIP code");
        assertTrue(Rule.ZIP_CODE.mayMatch("Her ZIP code is 10456."));
    }

    @Test
    void aTeasersOwnLinkLetsNoTriggeredRuleIn() {
        // The link's date and "https:" once sent every tweet through the date, number and IPv6 rules' patterns.
        String tweet = "Hand hygiene matters as much as ever. https://rounds.example.org/2024/03/05/hand-hygiene/"
                + "?utm_source=twitter&utm_medium=social#why-it-slips";
        List<Rule> triggered = List.of(Rule.CARE_EVENT_DATE, Rule.PERSONAL_EVENT_DATE, Rule.FAX_NUMBER,
                Rule.PHONE_WITH_TRIGGER, Rule.ACCOUNT_NUMBER, Rule.HEALTH_PLAN_NUMBER, Rule.LICENCE_NUMBER,
                Rule.IPV6_ADDRESS);
        assertEquals(List.of(), triggered.stream().filter(rule -> rule.mayMatch(tweet)).toList());
        assertTrue(Rule.PERSONAL_EVENT_DATE.mayMatch("She was seen on 3/14. " + tweet));
        assertTrue(Rule.IPV6_ADDRESS.mayMatch("From fe80::1 at night. " + tweet));
    }

    @Provide
    Arbitrary<String> mangled() throws IOException {
        List<String> texts = corpus();
        Arbitrary<String> one = Arbitraries.of(texts);
        Arbitrary<String> joined = Arbitraries.of(texts).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join(" ", parts));
        return Arbitraries.oneOf(one, joined).flatMap(text -> Arbitraries.integers().between(0, 5)
                .flatMap(kind -> Arbitraries.integers().between(0, Math.max(0, text.length() - 1))
                        .map(at -> mangle(text, kind, at))));
    }

    static String mangle(String text, int kind, int at) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (kind) {
            case 0 -> text.toUpperCase(java.util.Locale.ROOT);
            case 1 -> text.toLowerCase(java.util.Locale.ROOT);
            case 2 -> text.substring(0, at) + text.substring(at + 1);
            case 3 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            case 4 -> text.replaceAll("\\d", String.valueOf(at % 10));
            default -> text.substring(at) + " " + text.substring(0, at);
        };
    }

    static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            texts.addAll(rule.positiveExamples());
            texts.addAll(rule.negativeExamples());
        }
        for (String set : List.of("/guard/labelled.tsv", "/guard/held-out.tsv")) {
            LabelledSet.load(set).examples().forEach(example -> texts.add(example.sentence()));
        }
        try (Stream<Path> posts = Files.walk(Blogs.exampleBlog().resolve("src/posts"))) {
            for (Path post : posts.filter(p -> p.toString().endsWith(".md")).toList()) {
                for (String paragraph : Files.readString(post).split("\n\\s*\n")) {
                    texts.add(paragraph);
                }
            }
        }
        return List.copyOf(texts);
    }
}
