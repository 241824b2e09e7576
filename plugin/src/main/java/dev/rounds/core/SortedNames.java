package dev.rounds.core;

import java.util.Set;

/**
 * Puts names in their natural order, remembering the last order made: the same names again (rounds:serve writes its
 * stamp and manifest after every save, and a save seldom adds or removes a file) are checked, not sorted again.
 */
public final class SortedNames {

    private String[] last = new String[0];

    /** The names sorted; the array is shared with later calls and must not be changed. */
    public synchronized String[] of(Set<String> names) {
        if (last.length == names.size() && containsAll(names, last)) {
            // As many names, each of them among the new ones: the very same names.
            return last;
        }
        last = RunStamp.sorted(names);
        return last;
    }

    private static boolean containsAll(Set<String> names, String[] known) {
        for (String name : known) {
            if (!names.contains(name)) {
                return false;
            }
        }
        return true;
    }
}
