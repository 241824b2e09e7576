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
import java.util.Map;
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

    /**
     * A text for every trigger of the rules whose prefilter asks for trigger words, each one the rule's pattern
     * matches: a word left out of a prefilter's group fails here even when no example or labelled sentence has it.
     */
    @Test
    void everyTriggerOfARuleWithTriggerWordsPassesItsPrefilter() {
        Map<Rule, List<String>> texts = Map.of(
                Rule.CARE_EVENT_DATE, List.of("She was admitted on 3 May 2021.", "Re-admitted on 4 May 2021.",
                        "readmitted 2021-05-04", "He was discharged on 14 March.", "Intubated 2023-11-02.",
                        "Extubated on March 4.", "DOB: 04/12/1957", "D.O.B. 04/12/1957", "Date of birth 04/12/1957",
                        "date of death 04/12/1957", "date of admission March 3", "date of discharge March 3",
                        "date of service March 3", "birthdate 04/12/1957", "birth date 04/12/1957",
                        "admission date March 3", "discharge date March 3"),
                Rule.PERSONAL_EVENT_DATE, List.of("My patient was born on 3 May 2021.", "My patient died on 12 January.",
                        "My patient passed away on 12 January.", "My patient, deceased 12 January.",
                        "My patient was seen on 3/14.", "My patient presented on 3/14.",
                        "My patient was delivered on June 2.", "My patient was transferred on June 2.",
                        "My patient was operated on on June 2.", "My patient was brought in on June 2.",
                        "My patient came in on June 2.", "My patient arrived on June 2.", "My patient coded on June 2.",
                        "My patient visited on June 2.", "My patient was found down on June 2."),
                Rule.FAX_NUMBER, List.of("Fax: 617-555-0143", "FAX no. 617-555-0143"),
                Rule.PHONE_WITH_TRIGGER, List.of("Phone: 617-555-0143", "Tel. 617-555-0143", "Telephone 617-555-0143",
                        "Her cell is 617-555-0143.", "Her cellphone is 617-555-0143.", "Mobile: 07700 900123",
                        "Landline: 0117 496 0123", "Home number: 0117 496 0123", "Call him on 07700 900123.",
                        "Text her on 07700 900123.", "Ring her on 0161 496 0999.", "She rang 0161 496 0999.",
                        "Reach him at 0161 496 0999."),
                Rule.ACCOUNT_NUMBER, List.of("Account number 7741-2290-18", "Acct. no. 77412290", "Billing ID 77412290",
                        "Invoice #88412097", "Claim #88412097", "Encounter number 88412097", "Visit ID 88412097",
                        "Case number 88412097", "FIN number 88412097", "CSN #88412097"),
                Rule.HEALTH_PLAN_NUMBER, List.of("Member ID: XJH448812903", "Subscriber number 448812903",
                        "Beneficiary ID 448812903", "Policy number 55-881234", "Insurance number 448812903",
                        "Health plan number 448812903", "Plan ID 448812903", "Group number 448812903",
                        "Medicaid number 448812903", "Medicare number 1EG4-TE5-MK73", "Insurance card ID 448812903",
                        "MBI 1EG4TE5MK73", "HICN 123456789A"),
                Rule.LICENCE_NUMBER, List.of("Licence number D1234-56789", "License: D1234-56789",
                        "Driver's license D1234-56789", "DEA number AB1234563", "NPI 1234567893",
                        "Passport: 533380006", "Birth certificate no. 2023-004512", "Certificate 2023-004512",
                        "Permit #2023-004512"),
                Rule.IPV6_ADDRESS, List.of("From 2001:db8:85a3::8a2e:370:7334 at night.", "From fe80::1 at night.",
                        "From FE80::1:2 at night."),
                Rule.AGE_OVER_89, List.of("A 92-year-old fell.", "Aged 94, she declined.", "He turned 101.",
                        "93 y/o with delirium.", "Ninety-two years old and gardening.",
                        "One hundred years old today."));
        List<String> wrong = new ArrayList<>();
        texts.forEach((rule, examples) -> {
            for (String text : examples) {
                if (rule.findUnfiltered(text, HOST).isEmpty()) {
                    wrong.add(rule + " does not match (fix the example): " + text);
                } else if (!rule.mayMatch(text)) {
                    wrong.add(rule + " prefilter keeps out: " + text);
                }
            }
        });
        assertEquals(List.of(), wrong);
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
