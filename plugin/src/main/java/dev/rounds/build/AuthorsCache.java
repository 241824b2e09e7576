package dev.rounds.build;

import dev.rounds.core.CacheCodec;
import dev.rounds.source.Author;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The authors as the last full build read them, kept in the work folder under a key of what they depend on (the
 * authors file's bytes and the code that reads it): an edit build with the same key takes them instead of parsing
 * the file (in a cold JVM, loading and first running SnakeYAML costs about a tenth of a second). What reading the file
 * reported, the last build reported, and it is in its stamp's warnings. A missing, foreign or unreadable file is not
 * taken: it only ever saves time.
 */
final class AuthorsCache {

    static final String FILE = "authors.bin";
    private static final String FORMAT = "rounds-authors-1";

    private AuthorsCache() {
    }

    /** The authors kept under {@code key}, or nothing. */
    static Optional<Map<String, Author>> read(Path file, String key) {
        return CacheCodec.readNamed(file, FORMAT, key, Author.class);
    }

    /** Keeps {@code authors} under {@code key}; when they cannot be written, removes any kept before. */
    static void write(Path file, String key, Map<String, Author> authors) {
        CacheCodec.writeNamedOrRemove(file, FORMAT, key, authors);
    }
}
