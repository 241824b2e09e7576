package dev.rounds.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * The words the rules' prefilters ({@link Rule#mayMatch}) ask a text for, in groups, one group per question ("does
 * any of these occur?"), all looked for at once, in one walk down a trie from each character of the text
 * ({@link #find}). Each is matched as {@link String#contains} would match it in the text with ASCII letters in lower
 * case: anywhere, inside a longer word too, as the rules' {@code (?i)} patterns see ASCII letters. Before, each group asked {@code contains} once per
 * word, a pass over the whole post each, and a post has about a hundred such words to be asked for.
 */
final class TriggerWords {

    /** The letters a-z and the dot. */
    private static final int SYMBOLS = 27;

    /** Every word, in the order the groups name them; a word's index is its place here. */
    private static final List<String> WORDS = new ArrayList<>();

    static final Group CARE_EVENT = group("admitted", "discharged", "intubated", "extubated", "dob", "d.o.b.", "date");
    static final Group PERSONAL_EVENT = group("born", "died", "passed", "deceased", "seen", "presented", "delivered",
            "transferred", "operated", "brought", "came", "arrived", "coded", "visited", "found");
    static final Group FAX = group("fax");
    static final Group PHONE = group("phone", "tel", "cell", "mobile", "landline", "home", "call", "text", "ring",
            "rang", "reach");
    static final Group ACCOUNT = group("account", "acct", "billing", "invoice", "claim", "encounter", "visit", "case",
            "fin", "csn");
    static final Group HEALTH_PLAN = group("member", "subscriber", "beneficiary", "policy", "insurance", "plan",
            "group", "medicaid", "medicare", "mbi", "hicn");
    static final Group LICENCE = group("licence", "license", "dea", "npi", "passport", "certificate", "permit");
    static final Group NINETY = group("ninety", "hundred");
    static final Group NINETIES = group("nineties", "hundreds");
    static final Group NAMED = group("name", "called");
    static final Group PATIENT = group("patient", "pt", "client");
    static final Group TIME_OF_DAY = group("today", "morning", "afternoon", "evening", "tonight", "night",
            "yesterday");
    static final Group PLATE = group("plate", "tag", "registration");
    static final Group DEVICE = group("serial", "device", "udi", "imei", "implant");

    /** The words as a trie over {@code a-z} and {@code .}: {@code NEXT[node][symbol]}, 0 for none (the root is 0). */
    private static final int[][] NEXT;
    /** The word that ends at each node, or -1. */
    private static final int[] ENDS;

    static {
        List<int[]> next = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        next.add(new int[SYMBOLS]);
        ends.add(-1);
        for (int word = 0; word < WORDS.size(); word++) {
            int node = 0;
            for (char c : WORDS.get(word).toCharArray()) {
                int symbol = symbol(c);
                if (next.get(node)[symbol] == 0) {
                    next.get(node)[symbol] = next.size();
                    next.add(new int[SYMBOLS]);
                    ends.add(-1);
                }
                node = next.get(node)[symbol];
            }
            ends.set(node, word);
        }
        NEXT = next.toArray(int[][]::new);
        ENDS = ends.stream().mapToInt(Integer::intValue).toArray();
    }

    private TriggerWords() {
    }

    /** Some words; each is lower-case ASCII letters and dots, found in any ASCII case. */
    record Group(int[] words) {
    }

    private static Group group(String... words) {
        int[] indices = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !words[i].chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '.')) {
                throw new IllegalArgumentException("A trigger word is lower-case ASCII letters and dots: " + words[i]);
            }
            int known = WORDS.indexOf(words[i]);
            if (known < 0) {
                known = WORDS.size();
                WORDS.add(words[i]);
            }
            indices[i] = known;
        }
        return new Group(indices);
    }

    /** The symbol of a character in a word: 0-25 for an ASCII letter in either case, 26 for a dot, -1 otherwise. */
    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return c == '.' ? 26 : -1;
    }

    /** Which words occur in {@code text}, by index: one walk down the trie from each character. */
    static boolean[] find(String text) {
        boolean[] found = new boolean[WORDS.size()];
        for (int start = 0, n = text.length(); start < n; start++) {
            int node = 0;
            for (int at = start; at < n; at++) {
                int symbol = symbol(text.charAt(at));
                if (symbol < 0) {
                    break;
                }
                node = NEXT[node][symbol];
                if (node == 0) {
                    break;
                }
                if (ENDS[node] >= 0) {
                    found[ENDS[node]] = true;
                }
            }
        }
        return found;
    }

    /** Whether any of {@code group}'s words is among those {@link #find} found. */
    static boolean any(boolean[] found, Group group) {
        for (int word : group.words()) {
            if (found[word]) {
                return true;
            }
        }
        return false;
    }

    /** Every word, for tests. */
    static List<String> words() {
        return List.copyOf(WORDS);
    }
}
