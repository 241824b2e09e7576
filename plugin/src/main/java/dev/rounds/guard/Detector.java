package dev.rounds.guard;

import java.util.List;

/** How a {@link Rule} finds its matches. Implementations are immutable and safe to share between threads. */
@FunctionalInterface
interface Detector {

    /**
     * @param text the whole text being scanned
     * @param blogHost the blog's own host in lower case, or "" when unknown
     */
    List<Hit> find(String text, String blogHost);
}
