package dev.rounds.site;

import dev.rounds.core.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinTask;

/**
 * Writes a site's outputs in phases, one phase after another, the outputs of a phase side by side. Outputs that may
 * write the same file go in different phases, in the order that decides which one the file ends up with (a blog's
 * static {@code robots.txt} before the generated one, an alias last); outputs of one phase write files of their own.
 * In an incremental build the lists, the feed and the sitemap each have a page or two to render at most: one after
 * another, a build waits for their sum; side by side, for the longest.
 */
public final class SiteOutputs {

    private SiteOutputs() {
    }

    /**
     * @param phases the outputs, phase by phase
     * @param timings gets a lap per phase: the output's name, or for several, each one's own time
     * @throws RuntimeException what the first output that failed (in phase order) threw, once every output of its phase
     *     has returned, with the phase's other failures suppressed; later phases are not written. (An output that
     *     spreads its pages over every core itself returns at its first failed page, as a parallel stream does.)
     */
    public static void write(SiteContext context, List<List<SiteOutput>> phases, Timings timings) {
        for (List<SiteOutput> phase : phases) {
            if (phase.size() == 1) {
                phase.get(0).write(context);
                timings.lap(phase.get(0).getClass().getSimpleName());
            } else {
                sideBySide(context, phase, timings);
            }
        }
    }

    private static void sideBySide(SiteContext context, List<SiteOutput> phase, Timings timings) {
        long[] took = new long[phase.size()];
        Throwable[] failures = new Throwable[phase.size()];
        List<ForkJoinTask<?>> tasks = new ArrayList<>(phase.size());
        for (int i = 0; i < phase.size(); i++) {
            int index = i;
            tasks.add(ForkJoinTask.adapt(() -> {
                long start = System.nanoTime();
                try {
                    phase.get(index).write(context);
                } catch (Throwable failed) {
                    // Kept, not thrown: invokeAll would return at the first failure while the others still write.
                    failures[index] = failed;
                } finally {
                    took[index] = System.nanoTime() - start;
                }
            }));
        }
        // From a thread outside the pool too: the caller runs what no worker has taken (as a parallel stream does),
        // and returns once every task is done, since none throws.
        ForkJoinTask.invokeAll(tasks);
        Throwable thrown = null;
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < phase.size(); i++) {
            each.append(i == 0 ? "" : ", ").append(phase.get(i).getClass().getSimpleName())
                    .append(String.format(Locale.ROOT, " %.3f s", took[i] / 1e9));
            if (failures[i] != null) {
                if (thrown == null) {
                    thrown = failures[i];
                } else {
                    thrown.addSuppressed(failures[i]);
                }
            }
        }
        timings.lap("side by side (" + each + ")");
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            // write() declares no checked exception; one thrown all the same (by a sneaky throw) is wrapped.
            throw new IllegalStateException(thrown);
        }
    }
}
