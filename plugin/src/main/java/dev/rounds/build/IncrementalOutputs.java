package dev.rounds.build;

import dev.rounds.core.RunStamp;
import dev.rounds.site.OutputCache;
import dev.rounds.site.Post;
import dev.rounds.site.PostHeads;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The output cache of an incremental build: a file is not rendered again when the last build made it from the same
 * template, model and fingerprint, and it is still in the output folder as that build left it. Remembers every
 * file's digest for the next manifest and which files were kept, so that the sync leaves them alone.
 */
final class IncrementalOutputs implements OutputCache {

    private final BuildManifest previous;
    private final String fingerprint;
    private final ModelDigest modelDigest;
    private final Path output;
    private final Map<String, RunStamp.FileState> leftByThisProcess;
    private final Map<String, RunStamp.FileState> seen;
    private final Map<String, BuildManifest.Made> digests;
    private final Map<String, RunStamp.FileState> kept;
    private final Set<String> edited;
    /**
     * Tests: a settled file's model is digested all the same, and a digest other than the one it was made from fails
     * the build. Every output's model must be the site's settings, what follows from the posts' heads, and posts
     * (taken as their pages read them) for settling to hold; this finds an output that breaks the rule.
     */
    static volatile boolean checkSettled;
    private final LongAdder settled = new LongAdder();

    IncrementalOutputs(BuildManifest previous, String fingerprint, ModelDigest modelDigest, Path output) {
        this(previous, fingerprint, modelDigest, output, null, null, null);
    }

    /**
     * @param leftByThisProcess the files the last build of this same process left in the output folder, with their
     *     size and time (rounds:serve, which owns its preview folder while it runs): a file listed there is taken to
     *     be as that build left it, without looking at it again; null: look at every file
     * @param seen files of the output folder with the size and time they were seen with at the start of this build
     *     (by the up-to-date check), compared with the manifest instead of being looked at again; null: none
     * @param edited when only these posts' bodies changed since the last build (by their path under the posts folder),
     *     below what any list shows of them: a file the last build made, that is not one of their own pages and does
     *     not take whole posts, is kept as that build made it without digesting its model, when it is untouched;
     *     null: every model is digested
     */
    IncrementalOutputs(BuildManifest previous, String fingerprint, ModelDigest modelDigest, Path output,
                       Map<String, RunStamp.FileState> leftByThisProcess, Map<String, RunStamp.FileState> seen,
                       Set<String> edited) {
        this.previous = previous;
        this.fingerprint = fingerprint;
        this.modelDigest = modelDigest;
        this.output = output;
        this.leftByThisProcess = leftByThisProcess;
        this.seen = seen;
        this.edited = seen == null ? null : edited;
        int expected = Math.max(16, previous.size() * 4 / 3 + 1);
        this.digests = new ConcurrentHashMap<>(expected);
        this.kept = new ConcurrentHashMap<>(expected);
    }

    /**
     * Kept when the last build made the file from the same model (its listed posts taken by what that build's render
     * read of them) and the file is as that build left it.
     */
    @Override
    public boolean reuse(String file, String template, Map<String, Object> model) {
        Optional<BuildManifest.Entry> last = previous.entry(fingerprint, file);
        if (last.isEmpty()) {
            return false;
        }
        int listed = last.get().listed();
        if (edited != null && listed != PostHeads.WHOLE
                && !(model.get("post") instanceof Post own && edited.contains(own.source()))) {
            RunStamp.FileState state = seen.get(file);
            Optional<RunStamp.FileState> same = state == null ? Optional.empty()
                    : BuildManifest.untouched(state, last.get());
            if (same.isPresent()) {
                if (checkSettled) {
                    String made = modelDigest.of(file, template, model, listed);
                    if (!last.get().digest().equals(made)) {
                        throw new IllegalStateException(file + " was settled, but its model is not the one it was"
                                + " made from");
                    }
                }
                kept.put(file, state);
                digests.put(file, new BuildManifest.Made(last.get().digest(), listed));
                settled.increment();
                return true;
            }
        }
        String digest = modelDigest.of(file, template, model, listed);
        Optional<RunStamp.FileState> same = last.filter(entry -> entry.digest().equals(digest))
                .flatMap(entry -> leftByThisProcess != null && leftByThisProcess.containsKey(file)
                        ? Optional.of(leftByThisProcess.get(file))
                        : seen != null && seen.containsKey(file) ? BuildManifest.untouched(seen.get(file), entry)
                        : BuildManifest.untouched(output.resolve(file), entry));
        same.ifPresent(state -> {
            kept.put(file, state);
            digests.put(file, new BuildManifest.Made(digest, listed));
        });
        return same.isPresent();
    }

    @Override
    public void rendered(String file, String template, Map<String, Object> model, int listedReads) {
        String digest = modelDigest.of(file, template, model, listedReads);
        if (digest != null) {
            digests.put(file, new BuildManifest.Made(digest, listedReads));
        }
    }

    /** How many files were kept without digesting their model, as settled by the edits. */
    int settled() {
        return settled.intValue();
    }

    /** Files left as they were in the output folder, with the size and time they were seen with. */
    Map<String, RunStamp.FileState> kept() {
        return Collections.unmodifiableMap(kept);
    }

    /** Each rendered or kept file's digest, for the next manifest. */
    Map<String, BuildManifest.Made> digests() {
        return Collections.unmodifiableMap(digests);
    }
}
