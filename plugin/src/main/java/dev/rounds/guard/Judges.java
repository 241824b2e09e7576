package dev.rounds.guard;

import static dev.rounds.guard.Judge.drop;
import static dev.rounds.guard.Judge.high;
import static dev.rounds.guard.Judge.medium;
import static dev.rounds.guard.Vocabulary.CLINICAL;
import static dev.rounds.guard.Vocabulary.ORGANISATION;
import static dev.rounds.guard.Vocabulary.POPULATION;
import static dev.rounds.guard.Vocabulary.PRONOUN;
import static dev.rounds.guard.Vocabulary.QUOTED;
import static dev.rounds.guard.Vocabulary.RESIDENCE;
import static dev.rounds.guard.Vocabulary.SINGLE_PERSON;
import static dev.rounds.guard.Vocabulary.digits;
import static dev.rounds.guard.Vocabulary.letters;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The context checks of the {@link Rule}s, each named after what it tells apart. */
final class Judges {

    private Judges() {
    }

    /** "Mr. Alvarez" next to clinical words is a patient; "as Mr. Rogers said" is a quotation. */
    static Optional<Confidence> titledName(Match match) {
        if (match.sentenceHas(CLINICAL) || match.sentenceHas(SINGLE_PERSON)) {
            return high();
        }
        return match.sentenceHas(QUOTED) ? drop() : medium();
    }

    /** Upper-case words that are never initials: vital signs, wards, tests, agencies. */
    private static final Set<String> ACRONYMS = Set.of("ICU", "ED", "ER", "HR", "BP", "RR", "CT", "MRI", "GCS", "BMI",
            "DOB", "OR", "PT", "OT", "EKG", "ECG", "ABG", "CBC", "BMP", "LFT", "INR", "PMH", "HPI", "CC", "ROS", "US",
            "UK", "EU", "WHO", "CDC", "NHS", "MD", "RN", "NP", "PA", "DO", "NEJM", "BMJ", "JAMA", "AF", "MI", "HF");

    static Optional<Confidence> initialsAgeSex(Match match) {
        String initials = match.group(1).replaceAll("[.,\\s]", "");
        if (ACRONYMS.contains(initials) || Integer.parseInt(match.group(2)) > 120) {
            return drop();
        }
        return high();
    }

    private static final Pattern CASE_OPENER = Pattern.compile(
            "(?i)(?:^|\\b(?:a|an|pt\\.?|patient|our|my|this|case|[0-9]+\\.))[\\s:#-]*$");
    private static final Pattern CASE_CONTINUES = Pattern.compile("(?i)^(?:\\s*[,;:)]|\\.(?:\\s|$)|\\s*$|\\s+(?:with|w/"
            + "|presenting|presents|presented|who|came|comes|admitted|in|on|pt|hx|h/o|PMH|c/o|s/p|from|brought"
            + "|arriving|BIBA|here|after|s/p)\\b)");

    /**
     * "34F" is chart shorthand only where a case opens ("a 34F with...", "34M presenting..."); elsewhere the same
     * shape is a catheter size ("a 5F sheath"), a temperature ("102F"), a molarity or a million ("37M Americans").
     */
    static Optional<Confidence> ageSexShorthand(Match match) {
        int age = Integer.parseInt(match.group(1));
        boolean marked = !match.group(2).isEmpty();
        if (age > 120) {
            return drop();
        }
        if (marked) {
            return medium();
        }
        boolean fahrenheit = "F".equals(match.group(3)) && age >= 93;
        if (fahrenheit) {
            return drop();
        }
        boolean opensCase = CASE_OPENER.matcher(match.sentenceBefore()).find();
        boolean continuesCase = CASE_CONTINUES.matcher(match.after(30)).find();
        return opensCase && continuesCase ? medium() : drop();
    }

    /** A score ("GCS 3/15", "pain 7/10") read as a date. */
    private static final Pattern SCORE_BEFORE = Pattern.compile(
            "(?i)\\b(?:GCS|pain|scores?|scored|rated|ratio|BP|of)\\s*$");

    /** The author telling their own story ("I was admitted..."): theirs to share. */
    private static final Pattern FIRST_PERSON_BEFORE = Pattern.compile(
            "(?i)\\b(?:I|we)\\s+(?:was|were|got|had\\s+been|have\\s+been)\\s+$");

    /** "admitted 40 patients in March 2020" dates a cohort, not a person. */
    static Optional<Confidence> careEventDate(Match match) {
        if (POPULATION.matcher(match.group(2)).find() || SCORE_BEFORE.matcher(match.group(2)).find()
                || FIRST_PERSON_BEFORE.matcher(match.sentenceBefore()).find()
                || match.after(6).matches("(?i)\\s+of\\b.*")) {
            return drop();
        }
        return high();
    }

    /**
     * "born", "died", "seen" with a date identify a patient only when the sentence is about one: "Osler died on
     * December 29, 1919" and "I was born on 4 July 1980" pass.
     */
    static Optional<Confidence> personalEventDate(Match match) {
        if (POPULATION.matcher(match.group(2)).find() || SCORE_BEFORE.matcher(match.group(2)).find()) {
            return drop();
        }
        String lead = match.sentenceBefore() + match.group(2);
        if (SINGLE_PERSON.matcher(lead).find()) {
            return high();
        }
        return PRONOUN.matcher(lead).find() ? medium() : drop();
    }

    private static final Pattern ENCOUNTER = Pattern.compile("(?i)\\b(?:my|a|an|our|one|this)\\s+"
            + "(?:[\\w-]+[- ]year[- ]old\\s+|young\\s+|elderly\\s+|older\\s+|old\\s+|frail\\s+|pregnant\\s+)?"
            + Vocabulary.PERSON_NOUN + "\\b(?![s-])|\\b\\d{1,3}[- ]?(?:year|yr)[- ]old\\b(?![s-])");

    /** "Today" dates an encounter only when a particular patient is in the sentence. */
    static Optional<Confidence> relativeDay(Match match) {
        return ENCOUNTER.matcher(match.sentence()).find() ? medium() : drop();
    }

    private static final Pattern THRESHOLD_BEFORE = Pattern.compile(
            "(?i)(?:over|above|older\\s+than|younger\\s+than|under|below|at\\s+least|>|≥|<|≤|between|from|of)\\s*$");
    private static final Pattern RANGE_OR_UNIT_AFTER = Pattern.compile("(?i)^\\s*(?:\\+|(?:and|or)\\s+(?:older|over"
            + "|above|up)|(?:-|–|to)\\s*\\d|%|percent|degrees|°|mg|kg|mmHg|bpm|beats|minutes|days|weeks|months)");

    /** One person's age, not a threshold ("over 90 years old"), a range ("aged 90 and older") or a group. */
    static Optional<Confidence> ageOver89(Match match) {
        if (RANGE_OR_UNIT_AFTER.matcher(match.after(30)).find()
                || THRESHOLD_BEFORE.matcher(match.clauseBefore()).find()
                || POPULATION.matcher(match.clauseBefore()).find()) {
            return drop();
        }
        return high();
    }

    static Optional<Confidence> decadeOver89(Match match) {
        return POPULATION.matcher(match.clauseBefore()).find() ? drop() : medium();
    }

    /** A number after a trigger word: long enough to be a real number, not "call 911" or a date. */
    static Optional<Confidence> phoneWithTrigger(Match match) {
        String number = match.group(1);
        int count = digits(number);
        if (count < 7 || count > 15 || Vocabulary.isTollFree(number) || number.matches("\\d{4}-\\d\\d-\\d\\d")) {
            return drop();
        }
        return match.sentenceHas(ORGANISATION) ? medium() : high();
    }

    static Optional<Confidence> phoneShape(Match match) {
        String number = match.group(0);
        int count = digits(number);
        if (count < 10 || count > 15 || Vocabulary.isTollFree(number)) {
            return drop();
        }
        boolean northAmerican = !number.startsWith("+") || number.startsWith("+1");
        return northAmerican && !match.sentenceHas(ORGANISATION) ? high() : medium();
    }

    /** Mailboxes of a role rather than a person: a journal's editor, a clinic's front desk. */
    private static final Pattern ROLE_MAILBOX = Pattern.compile(
            "(?i)^(?:editor|editors|journal|press|info|contact|admin|office|support|enquiries|inquiries|help"
                    + "|reception|appointments|hello|news|media)@");

    /** Addresses at documentation domains and at the blog itself are not a patient's. */
    static Optional<Confidence> email(Match match) {
        String blogHost = match.blogHost();
        String domain = match.group(2).toLowerCase(Locale.ROOT);
        boolean documentation = domain.matches("(?:.*\\.)?example\\.(?:com|org|net)|.*\\.(?:example|test|invalid)");
        boolean own = !blogHost.isEmpty() && ExternalLinkDetector.isOwn(domain, blogHost);
        if (documentation || own) {
            return drop();
        }
        boolean institutional = ROLE_MAILBOX.matcher(match.group(1)).find() || match.sentenceHas(ORGANISATION);
        return institutional ? medium() : high();
    }

    /** Numbers the Social Security Administration never issues (area 000 or 666, group 00, serial 0000). */
    static Optional<Confidence> ssn(Match match) {
        String number = match.group(0).replaceAll("\\D", "");
        number = number.substring(number.length() - 9);
        boolean neverIssued = number.startsWith("000") || number.startsWith("666")
                || number.startsWith("00", 3) || number.endsWith("0000");
        return neverIssued ? drop() : high();
    }

    /** A record number has at least four digits; "patient number 3" is an ordinal. */
    static Optional<Confidence> recordNumber(Match match) {
        return digits(match.group(1)) >= 4 ? high() : drop();
    }

    /**
     * After "number", "no." or a colon four digits make a licence number; without one the token must look like an
     * identifier by itself, so that "the 2023 certificate" and "licence 4.0" pass.
     */
    static Optional<Confidence> licenceNumber(Match match) {
        String token = match.group(2);
        boolean connected = !match.group(1).isBlank();
        int digitCount = digits(token);
        if (connected ? digitCount >= 4 : digitCount >= 5 || letters(token) >= 1 && digitCount >= 4) {
            return high();
        }
        return drop();
    }

    /** A VIN mixes letters and digits; with the word "VIN" in front it is certain. */
    static Optional<Confidence> vin(Match match) {
        String vin = match.group(1);
        if (letters(vin) < 2 || digits(vin) < 3) {
            return drop();
        }
        return match.group(0).length() > vin.length() ? high() : medium();
    }

    static Optional<Confidence> licencePlate(Match match) {
        String plate = match.group(1).replaceAll("[ -]", "");
        boolean shaped = plate.length() >= 4 && plate.length() <= 8 && letters(plate) >= 1 && digits(plate) >= 1;
        return shaped ? high() : drop();
    }

    /** Dotted numbers that are versions or section numbers, not addresses. */
    private static final Pattern VERSION_BEFORE = Pattern.compile("(?i)(?:\\bv|version|ver\\.?|release|rev\\.?"
            + "|section|chapter|step|grade|stage|item|rule|clause|§|table|figure|fig\\.?)\\s*$");

    static Optional<Confidence> ipv4(Match match) {
        String address = match.group(1);
        if (VERSION_BEFORE.matcher(match.before(12)).find() || address.startsWith("127.")
                || address.equals("0.0.0.0")) {
            return drop();
        }
        return high();
    }

    static Optional<Confidence> ipv6(Match match) {
        String address = match.group(1);
        long colons = address.chars().filter(c -> c == ':').count();
        boolean full = colons == 7;
        boolean compressed = address.contains("::") && colons >= 2;
        boolean hexLooking = address.matches(".*[A-Fa-f].*") || address.matches(".*\\b\\d{4}\\b.*");
        return (full || compressed) && hexLooking && !address.equals("::1") ? medium() : drop();
    }

    /** A home address is the patient's; a clinic's or a conference venue's is public. */
    static Optional<Confidence> streetAddress(Match match) {
        if (match.sentenceHas(RESIDENCE)) {
            return high();
        }
        if (match.sentenceHas(ORGANISATION)) {
            return drop();
        }
        return match.sentenceHas(SINGLE_PERSON) || match.sentenceHas(PRONOUN) ? high() : medium();
    }

    /** A ZIP code next to a patient; "asthma rates in ZIP code 10456" is public-health writing. */
    static Optional<Confidence> zipCode(Match match) {
        if (match.sentenceHas(SINGLE_PERSON) || match.sentenceHas(PRONOUN) || match.sentenceHas(RESIDENCE)) {
            return high();
        }
        if (match.sentenceHas(POPULATION) || match.sentenceHas(ORGANISATION)) {
            return drop();
        }
        return medium();
    }

    private static final Pattern COUNTED_AFTER = Pattern.compile("(?i)^\\s*(?:patients|people|adults|residents"
            + "|children|cases|deaths|visits|households|%|percent)\\b");

    static Optional<Confidence> zipOfResidence(Match match) {
        return COUNTED_AFTER.matcher(match.after(20)).find() ? drop() : high();
    }

    /**
     * "Patient Complaints" in a headline written in title case is a topic, not a person. A clause (links left out,
     * split at colons) is in title case when most of its words of three letters or more are capitalised; the match's
     * clause counts as a headline when it is in title case itself, or when it is short, capitalised, and next to a
     * clause in title case ("Patient Complaints: Notes From the Ward").
     */
    static Optional<Confidence> notInTitleCase(Match match) {
        String before = match.sentenceBefore().replaceAll("https?://\\S+", " ");
        String sentence = before + match.value() + match.after(300).replaceAll("https?://\\S+", " ");
        String[] clauses = sentence.split("[:;]");
        int own = before.split("[:;]", -1).length - 1;
        if (own >= clauses.length) {
            return Judge.high();
        }
        int[] counts = capitalised(clauses[own]);
        boolean mostlyCapitalised = counts[0] > 0 && counts[1] * 10 >= counts[0] * 7;
        boolean headline = titleCase(clauses[own])
                || mostlyCapitalised && (own > 0 && titleCase(clauses[own - 1])
                        || own + 1 < clauses.length && titleCase(clauses[own + 1]));
        return headline ? Judge.drop() : Judge.high();
    }

    private static boolean titleCase(String clause) {
        int[] counts = capitalised(clause);
        return counts[0] >= 3 && counts[1] * 10 >= counts[0] * 7;
    }

    /** {words of three letters or more, of which capitalised}. */
    private static int[] capitalised(String clause) {
        int words = 0;
        int capitals = 0;
        for (String word : clause.split("[^\\p{L}'’]+")) {
            if (word.length() >= 3) {
                words++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitals++;
                }
            }
        }
        return new int[] {words, capitals};
    }
}
