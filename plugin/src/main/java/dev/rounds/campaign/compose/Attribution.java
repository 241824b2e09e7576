package dev.rounds.campaign.compose;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who is credited for a quotation: after it ("— William Osler", ", said Dr. Chen", ", Osler wrote") or in a
 * short introduction before it ("Osler said:", "As one patient put it:").
 */
final class Attribution {

    private static final String VERBS = "said|says|wrote|writes|noted|notes|argued|argues|added|adds|explained"
            + "|explains|recalled|recalls|observed|observes|warned|warns|according to";
    private static final Pattern DASH_OR_VERB_FIRST =
            Pattern.compile(",?\\s*(?:—|–|--?)\\s*|,?\\s+(?:" + VERBS + ")\\s+");
    private static final Pattern VERB_AFTER_NAME = Pattern.compile("\\s+(?:" + VERBS + ")(?=$|[\\s.,;:!?])");
    private static final Pattern LEADING_SPACE = Pattern.compile(",?\\s+");
    private static final Set<String> TITLES = Set.of("Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Sir", "St.");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "da", "di", "du", "le", "la");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_INTRO_WORDS = 8;
    private static final Pattern INTRO_END = Pattern.compile("(?::|,?\\s(?:" + VERBS + "|asked|asks|put it),?)\\s*$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;,:—–]\\s");
    /**
     * A word that credits someone with what follows ("Osler said:", "According to Osler:", "My mentor told me:"),
     * in lower case as speech verbs are written mid-sentence: "Notes before discharge:" is a heading.
     */
    private static final Pattern SPEAKER_WORD = Pattern.compile("(?<!\\p{L})(?:" + VERBS
            + "|told|tells|replied|replies|answered|answers|reminded|reminds|asked|asks|put it|According to"
            + "|[Ii]n the words of)(?!\\p{L})");

    private Attribution() {
    }

    /** The index just after the attribution that starts at {@code quoteEnd}, or {@code quoteEnd} if none does. */
    static int end(String text, int quoteEnd) {
        Matcher lead = DASH_OR_VERB_FIRST.matcher(text).region(quoteEnd, text.length());
        if (lead.lookingAt()) {
            int nameEnd = nameEnd(text, lead.end());
            return nameEnd > lead.end() ? nameEnd : quoteEnd;
        }
        Matcher space = LEADING_SPACE.matcher(text).region(quoteEnd, text.length());
        if (space.lookingAt()) {
            int nameEnd = nameEnd(text, space.end());
            if (nameEnd > space.end()) {
                Matcher verb = VERB_AFTER_NAME.matcher(text).region(nameEnd, text.length());
                if (verb.lookingAt()) {
                    return verb.end();
                }
            }
        }
        return quoteEnd;
    }

    /**
     * The start of a short introduction that ends right before the quotation at {@code quoteStart}, or
     * {@code quoteStart} when there is none.
     */
    static int introStart(String text, int quoteStart) {
        String before = text.substring(0, quoteStart);
        Matcher end = INTRO_END.matcher(before);
        if (!end.find()) {
            return quoteStart;
        }
        int clauseStart = 0;
        Matcher boundary = CLAUSE_END.matcher(before).region(0, end.start());
        while (boundary.find()) {
            if (!afterTitle(before, boundary.start() + 1)) {
                clauseStart = boundary.end(); // "Dr. Chen:" is one introduction, not "Dr." and "Chen:"
            }
        }
        String intro = before.substring(clauseStart).strip();
        return intro.split(" ").length <= MAX_INTRO_WORDS ? clauseStart : quoteStart;
    }

    /** Whether the text before {@code end} ends with a title such as "Dr.". */
    private static boolean afterTitle(String text, int end) {
        return TITLES.contains(text.substring(text.lastIndexOf(' ', end - 1) + 1, end));
    }

    /**
     * Where the colon is that ends a heading-like introduction to the quotation at {@code quoteStart} ("Three
     * questions before discharge: “…”"), or -1 when there is none, it credits a speaker ("Osler said:",
     * "According to Osler:") or it is only a name ("Dr. Chen:"). Without its quotation such a heading still says
     * what the post offers; "Osler said…" says nothing.
     */
    static int headingColon(String text, int quoteStart) {
        String before = text.substring(0, quoteStart).stripTrailing();
        if (!before.endsWith(":") || SPEAKER_WORD.matcher(before).find()) {
            return -1;
        }
        int start = before.length() - before.stripLeading().length();
        if (nameEnd(before, start) >= before.length() - 1) {
            return -1; // nothing but a name: "Osler:", "Dr. Chen:"
        }
        return before.length() - 1;
    }

    /**
     * The end of a person's name starting at {@code from}: capitalised words, initials, a title such as "Dr.",
     * particles such as "van". Stops before a comma or other clause punctuation and after a sentence's full stop.
     */
    private static int nameEnd(String text, int from) {
        int position = from;
        int end = from;
        for (int words = 0; words < MAX_NAME_WORDS && position < text.length(); words++) {
            int space = text.indexOf(' ', position);
            int tokenEnd = space < 0 ? text.length() : space;
            String token = text.substring(position, tokenEnd);
            String bare = token.replaceAll("[,;:!?]+$", "");
            boolean title = words == 0 && TITLES.contains(bare);
            boolean particle = words > 0 && NAME_PARTICLES.contains(bare);
            if (bare.isEmpty() || !(title || particle || Character.isUpperCase(bare.codePointAt(0)))) {
                break;
            }
            end = position + bare.length();
            boolean initial = bare.length() == 2 && bare.endsWith(".");
            if (bare.length() < token.length() || (bare.endsWith(".") && !title && !initial) || space < 0) {
                break;
            }
            position = space + 1;
        }
        return end;
    }
}
