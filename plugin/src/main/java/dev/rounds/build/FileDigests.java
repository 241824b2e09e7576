package dev.rounds.build;

import dev.rounds.core.Digests;
import dev.rounds.core.RunStamp;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content digests of the files a build reads. A file whose size and time are what they were at the last build keeps
 * that build's digest without being read again (as git's index does); any other file is read and digested. So an
 * unchanged blog costs one stat per file, and a fresh checkout of the same files (new times, same bytes) is still
 * recognised by its content. Thread-safe.
 */
final class FileDigests {

    private final Map<String, RunStamp.FileDigest> previous;
    private final Map<String, RunStamp.FileDigest> current;
    /** The files read and digested in this build (their size or time was not the last build's). */
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    /** @param previous the last build's digests by absolute path (empty for none) */
    FileDigests(Map<String, RunStamp.FileDigest> previous) {
        this.previous = previous;
        this.current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 4 / 3 + 1));
    }

    /** The digest of {@code file}'s bytes, or of "(none)" when it is missing. */
    String of(Path file) {
        return of(file, RunStamp.stateOf(file));
    }

    /** As {@link #of(Path)}, with the file's size and time just taken by the caller (null: missing). */
    String of(Path file, RunStamp.FileState state) {
        String path = file.toAbsolutePath().toString();
        if (state == null) {
            return Digests.ofFile(null);
        }
        RunStamp.FileDigest known = current.get(path);
        if (known == null || known.size() != state.size() || known.modified() != state.modified()) {
            known = previous.get(path);
        }
        if (known == null || known.size() != state.size() || known.modified() != state.modified()) {
            known = new RunStamp.FileDigest(state.size(), state.modified(), Digests.ofFile(file));
            read.add(path);
        }
        current.put(path, known);
        return known.digest();
    }

    /**
     * The absolute paths of the files this build read and digested: any other file it took kept the last build's
     * digest, and only these can have changed since.
     */
    Set<String> read() {
        return Collections.unmodifiableSet(read);
    }

    /** Every digest taken in this build, for the next one (a view: the stamp that keeps them copies it). */
    Map<String, RunStamp.FileDigest> taken() {
        return Collections.unmodifiableMap(current);
    }
}
