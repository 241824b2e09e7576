package dev.rounds.build;

import dev.rounds.core.AtomicFiles;
import dev.rounds.core.CacheCodec;
import dev.rounds.source.Author;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = CacheCodec.inputOf(file)) {
            if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            CacheCodec.Reader values = new CacheCodec.Reader(in);
            int size = CacheCodec.readCount(in, Files.size(file));
            Map<String, Author> authors = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                authors.put(in.readUTF(), (Author) values.read());
            }
            return Optional.of(authors);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Keeps {@code authors} under {@code key}; when they cannot be written, removes any kept before. */
    static void write(Path file, String key, Map<String, Author> authors) {
        try {
            AtomicFiles.write(file, out -> {
                DataOutputStream data = new DataOutputStream(out);
                data.writeUTF(FORMAT);
                data.writeUTF(key);
                CacheCodec.Writer values = new CacheCodec.Writer(data);
                data.writeInt(authors.size());
                for (Map.Entry<String, Author> author : authors.entrySet()) {
                    data.writeUTF(author.getKey());
                    try {
                        values.write(author.getValue());
                    } catch (CacheCodec.NotPlain notPlain) {
                        throw new IOException(notPlain.getMessage(), notPlain);
                    }
                }
                data.flush();
            });
        } catch (IOException | RuntimeException unwritable) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A file left under an older key is never taken.
            }
        }
    }
}
