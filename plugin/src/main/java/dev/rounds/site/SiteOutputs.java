package dev.rounds.site;

import dev.rounds.core.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinTask;

/**
 * Writes a site's outputs: one first on its own (the post pages, which spread their pages over every core
 * themselves), then the others side by side. In an incremental build the lists, the feed and the sitemap each have a
 * page or two to render at most; one after another, a build waits for their sum, side by side for the longest.
 */
public final class SiteOutputs {

    private SiteOutputs() {
    }

    /**
     * @param first written alone, before the others
     * @param rest written side by side once {@code first} is done; each writes files of its own
     * @param timings gets a lap for {@code first} and one for the rest, which names each one's own time
     * @throws RuntimeException what the first of {@code rest} that failed (in their order) threw, once every one of
     *     them has stopped (none still writes into the staging folder), with the others' failures suppressed
     */
    public static void write(SiteContext context, SiteOutput first, List<SiteOutput> rest, Timings timings) {
        first.write(context);
        timings.lap(first.getClass().getSimpleName());
        long[] took = new long[rest.size()];
        RuntimeException[] failures = new RuntimeException[rest.size()];
        List<ForkJoinTask<?>> tasks = new ArrayList<>(rest.size());
        for (int i = 0; i < rest.size(); i++) {
            int index = i;
            tasks.add(ForkJoinTask.adapt(() -> {
                long start = System.nanoTime();
                try {
                    rest.get(index).write(context);
                } catch (RuntimeException failed) {
                    failures[index] = failed;
                } finally {
                    took[index] = System.nanoTime() - start;
                }
            }));
        }
        // From a thread outside the pool too: the caller runs what no worker has taken (as a parallel stream does),
        // and returns once every task is done, since none throws.
        ForkJoinTask.invokeAll(tasks);
        RuntimeException thrown = null;
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < rest.size(); i++) {
            each.append(i == 0 ? "" : ", ").append(rest.get(i).getClass().getSimpleName())
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
        if (thrown != null) {
            throw thrown;
        }
    }
}
