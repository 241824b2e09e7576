package dev.rounds.guard;

import java.util.regex.Pattern;

/**
 * The words the rules share: regex fragments for identifiers, and the cue words that tell a single patient from a
 * population, a public figure or an organisation. Fragments are compile-time constants so that {@link Rule}'s
 * constants can use them.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A capitalised name word: Alvarez, O'Brien, Smith-Jones. */
    static final String NAME_WORD = "[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)?";
    /** Dotted initials: R.K., J. D., A.B.C. */
    static final String INITIALS = "[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?";

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    /**
     * A date precise to the month or day. A year alone is not a date here: Safe Harbor allows years, and "the 2019
     * SPRINT trial" must pass.
     */
    static final String DATE = "(?:" + MONTH + "\\s+" + DAY + "(?:,?\\s+(?:19|20)\\d\\d)?\\b"
            + "|(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?:19|20)\\d\\d)?\\b"
            + "|" + MONTH + ",?\\s+(?:19|20)\\d\\d\\b"
            + "|(?:19|20)\\d\\d-[01]\\d-[0-3]\\d\\b"
            + "|[0-3]?\\d[/.][0-3]?\\d[/.](?:19|20)?\\d\\d\\b"
            + "|[01]?\\d/[0-3]?\\d\\b(?![/.]\\d))";

    /** The words that connect a trigger to its number: "MRN: 123", "member ID # 123", "licence no. 123". */
    static final String CONNECTOR = "(?:\\s*(?:(?i:number|no\\.?|num\\.?|ID|identifier)|#))?\\s*(?:(?i:is|was)\\s+|[:#=]\\s*)?";
    /**
     * An identifying number: an optional upper-case prefix, then chunks joined by dashes, slashes or spaces, each with
     * a digit ("A1234567", "943 476 5919", "1EG4-TE5-MK73"). A lower-case word never starts one, so "licence in
     * 2019" is not a licence number. The judges also count its digits.
     */
    static final String ID_TOKEN = "[A-Z]{0,4}-?\\d[A-Za-z0-9]*(?:[-/ ][A-Z]{0,4}\\d[A-Za-z0-9]*){0,5}";

    static final String PERSON_NOUN = "(?:patient|pt|man|woman|gentleman|lady|boy|girl|child|baby|infant|newborn"
            + "|neonate|toddler|teen|teenager|adolescent|mother|father|veteran|grandmother|grandfather|husband|wife"
            + "|son|daughter|mum|mom|dad|resident|client)";

    /** What a patient did for a living, as a blog introduces them: "a retired teacher named Harold". */
    static final String OCCUPATION = "(?:teacher|nurse|farmer|driver|student|lawyer|engineer|builder|mechanic"
            + "|retiree|pensioner|widow|widower|guy|fellow|chap|kid|firefighter|soldier|officer|chef|musician|artist"
            + "|carpenter|plumber|electrician|miner|fisherman|postman|waitress|waiter|cleaner|carer|caregiver"
            + "|grandma|grandpa|gran|lad|lass|youngster|athlete|runner|pilot|priest|rabbi|imam|professor)";

    /** One particular person: "my patient", "a 45-year-old man", "this gentleman", "Pt.". */
    static final Pattern SINGLE_PERSON = Pattern.compile("(?i)\\b(?:my|a|an|our|one|this|that|the)\\s+"
            + "(?:[\\w-]+[- ]year[- ]old\\s+|young\\s+|elderly\\s+|older\\s+|old\\s+|frail\\s+|pregnant\\s+)?"
            + PERSON_NOUN + "\\b(?!s)|\\bpt\\b|\\b\\d{1,3}[- ]?(?:year|yr)[- ]old\\b(?!s)");
    /** A pronoun that may stand for a patient, a weaker cue than {@link #SINGLE_PERSON}. */
    static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she|him|her|his)\\b");
    /** Words for groups of people and statistics: the sentence is about a population, not a person. */
    static final Pattern POPULATION = Pattern.compile("(?i)\\b(?:patients|people|adults|persons|individuals"
            + "|residents|those|men|women|children|cohort|participants|subjects|cases|veterans|seniors|population"
            + "|admissions|rates?|prevalence|incidence|average|community|communities|neighbou?rhoods?|county"
            + "|census|nonagenarians|centenarians|anyone|everyone|adults?)\\b");
    /** An organisation's address or number, public by design. */
    static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:clinic|hospital|office|practice|pharmacy"
            + "|conference|venue|hosted|host|museum|university|library|meeting|centre|center|hotline|helpline"
            + "|department|school|headquarters|HQ)\\b");
    /** Where someone lives. */
    static final Pattern RESIDENCE = Pattern.compile("(?i)\\b(?:lives?|lived|living|resides?|resided|residing"
            + "|home|house|apartment|flat)\\b");
    /** Someone quoted or cited: "as Osler wrote", "Mr. Rogers said". */
    static final Pattern QUOTED = Pattern.compile("(?i)\\b(?:said|says|wrote|writes|argued|argues|famously"
            + "|quipped|according to|put it|reminds us|taught)\\b");
    /** Words of a clinical encounter: with a title and a name they make the name a patient's. */
    static final Pattern CLINICAL = Pattern.compile("(?i)\\b(?:patient|pt|admitted|admission|presented|presents"
            + "|complain\\w*|diagnos\\w*|pain|bed|ward|clinic|ICU|ER|ED|discharg\\w*|symptoms?|chart|exam\\w*"
            + "|surgery|prescri\\w*|visit|consult\\w*|her family|his family|daughter|son|wife|husband|medication"
            + "|history|x-ray|scan|labs?|biopsy|tumou?r|cancer|fracture|fever|dementia|stroke)\\b");

    /**
     * What a phrase of plain words is made of: the characters of the regex classes \w and \s (ASCII, as Java has
     * them without UNICODE_CHARACTER_CLASS), hyphens and both apostrophes.
     */
    static boolean wordOrSpace(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == ' '
                || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-' || c == '\''
                || c == '\u2019';
    }

    /** How many ASCII digits a text has. */
    static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count;
    }

    static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                count++;
            }
        }
        return count;
    }

    /** US toll-free prefixes: numbers of helplines and companies, published on purpose. */
    static boolean isTollFree(String number) {
        String digitsOnly = number.replaceAll("\\D", "");
        if (digitsOnly.length() == 11 && digitsOnly.startsWith("1")) {
            digitsOnly = digitsOnly.substring(1);
        }
        return digitsOnly.length() == 10 && digitsOnly.matches("8(?:00|33|44|55|66|77|88)\\d{7}");
    }
}
