package dev.rounds.guard;

/** Where a detector found something in the scanned text, as UTF-16 offsets, and how sure it is. */
record Hit(int start, int end, Confidence confidence) {
    Hit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }
}
