package dev.rounds.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The record of what was published, one entry per teaser id, kept in a JSON file that CI commits back so that the
 * next run (on a fresh machine) knows what went out. Every change is written at once by atomic replace: a crash leaves
 * either the old file or the new one, never half of one.
 *
 * <pre>{@code
 * {
 *   "version" : 1,
 *   "entries" : {
 *     "a1b2c3d4e5f6" : { "state" : "sent", "at" : "2026-11-25T13:31:02Z", "remoteId" : "1861...",
 *                        "channel" : "twitter", "textSha256" : "9f86d0..." }
 *   }
 * }
 * }</pre>
 * Entries are sorted by id so that the committed file diffs cleanly.
 */
public final class Ledger {

    static final int VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final TreeMap<String, LedgerEntry> entries;

    private Ledger(Path file, Map<String, LedgerEntry> entries) {
        this.file = file;
        this.entries = new TreeMap<>(entries);
    }

    /**
     * Reads the ledger, or starts an empty one when the file does not exist yet. A file that exists but cannot be read
     * stops the run: treating it as empty would post every tweet again.
     */
    public static Ledger load(Path file) {
        try {
            LedgerFile stored = JSON.readValue(Files.readString(file), LedgerFile.class);
            if (stored.version() != VERSION) {
                throw unreadable(file, "it has version " + stored.version() + ", this Rounds reads version " + VERSION);
            }
            return new Ledger(file, stored.entries() == null ? Map.of() : stored.entries());
        } catch (NoSuchFileException e) {
            return new Ledger(file, Map.of());
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    /** A ledger that is never written: for dry runs and tests. */
    public static Ledger inMemory() {
        return new Ledger(null, Map.of());
    }

    /** A copy that is never written, so a dry run can go through every step without recording anything. */
    public Ledger detachedCopy() {
        return new Ledger(null, entries);
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public synchronized Optional<LedgerEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public synchronized Map<String, LedgerEntry> entries() {
        return Map.copyOf(entries);
    }

    public synchronized void put(String id, LedgerEntry entry) {
        entries.put(id, entry);
        save();
    }

    public synchronized void remove(String id) {
        if (entries.remove(id) != null) {
            save();
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
            Files.write(temporary, JSON.writeValueAsBytes(new LedgerFile(VERSION, entries)));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it replaces the old ledger
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RoundsException("cannot write the publish ledger " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Only a leftover hidden .tmp file; the ledger itself is intact.
        }
    }

    private static InvalidInputException unreadable(Path file, String why) {
        return new InvalidInputException(Problem.error(file.toString(), 0, "the publish ledger cannot be read: " + why,
                "restore it from version control; do not delete it, or every tweet would be posted again."));
    }

    @JsonPropertyOrder({"version", "entries"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LedgerFile(int version, Map<String, LedgerEntry> entries) {
    }
}
