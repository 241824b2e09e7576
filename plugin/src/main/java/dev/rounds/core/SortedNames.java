package dev.rounds.core;

import java.util.List;
import java.util.Set;

/**
 * Puts names in their natural order, remembering the last order made: the same names again (rounds:serve writes its
 * stamp and manifest after every save, and a save seldom adds or removes a file) are checked, not sorted again.
 */
public final class SortedNames {

    private String[] last;
    /** Names in the order a file gave them, not yet checked (see {@link #readInOrder}), or null. */
    private List<String> read;

    public SortedNames() {
        this.last = new String[0];
    }

    /**
     * Names in the order a file written in this order gave them back (a stamp, a manifest). They are taken as the
     * last order made, once checked to be in order (a comparison per name rather than a sort) when first asked for:
     * a run that writes nothing pays nothing.
     */
    public static SortedNames readInOrder(List<String> names) {
        SortedNames order = new SortedNames();
        order.read = names;
        return order;
    }

    /** The names sorted; the array is shared with later calls and must not be changed. */
    public synchronized String[] of(Set<String> names) {
        if (read != null) {
            last = inOrder(read) ? read.toArray(String[]::new) : last;
            read = null;
        }
        if (last.length == names.size() && containsAll(names, last)) {
            // As many names, each of them among the new ones: the very same names.
            return last;
        }
        last = RunStamp.sorted(names);
        return last;
    }

    private static boolean inOrder(List<String> names) {
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i - 1).compareTo(names.get(i)) >= 0) {
                return false;
            }
        }
        return true;
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
