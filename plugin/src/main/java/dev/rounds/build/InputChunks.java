package dev.rounds.build;

import dev.rounds.core.Digests;
import java.util.List;

/**
 * The files under the posts folder (sorted paths and their content digests) in chunks of {@link #SIZE}, and each
 * chunk's digest: the inputs' key digests the chunks' digests, so the chunks are digested on every core, and a
 * long-running process digests again only the chunks that hold a changed file.
 */
record InputChunks(List<String> names, List<String> digests, List<String> chunkDigests) {

    static final int SIZE = 512;

    /** The digest of one chunk: each file's path and content digest, in order. */
    static String digest(int chunk, List<String> names, List<String> digests) {
        Digests digest = new Digests();
        for (int i = chunk * SIZE; i < Math.min(names.size(), (chunk + 1) * SIZE); i++) {
            digest.add(names.get(i)).add(digests.get(i));
        }
        return digest.hex();
    }

    /** Whether the chunk's files have the digests they had here (the paths are the same list). */
    boolean same(int chunk, List<String> now) {
        for (int i = chunk * SIZE; i < Math.min(names.size(), (chunk + 1) * SIZE); i++) {
            String before = digests.get(i);
            String after = now.get(i);
            if (before != after && !before.equals(after)) {
                return false;
            }
        }
        return true;
    }
}
