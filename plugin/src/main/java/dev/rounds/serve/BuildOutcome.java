package dev.rounds.serve;

import dev.rounds.core.Problem;
import java.util.List;

/**
 * How the latest preview build went; the server answers every request from the latest one.
 *
 * @param generation counts builds from 1, so that pages know whether they are stale
 * @param siteProblems why the site could not be built (empty when it was): shown instead of every page
 * @param stageProblems why the campaign preview could not be made: shown instead of the campaign pages
 */
record BuildOutcome(long generation, List<Problem> siteProblems, List<Problem> stageProblems) {

    BuildOutcome {
        siteProblems = List.copyOf(siteProblems);
        stageProblems = List.copyOf(stageProblems);
    }

    /** Before the first build has finished. */
    static BuildOutcome none() {
        return new BuildOutcome(0, List.of(), List.of());
    }

    boolean siteBuilt() {
        return siteProblems.isEmpty();
    }
}
