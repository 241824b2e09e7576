package dev.rounds.build;

import dev.rounds.core.RoundsException;
import dev.rounds.core.RunStamp;
import dev.rounds.core.SortedNames;
import dev.rounds.site.PostHeads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last successful build made, kept under target/: the build's fingerprint and, for each rendered file, the
 * digest of what it was made of and the size and time it had in the output folder right after that build. A file is
 * reused only when its digest is the same and it still has that size and time (nobody touched it since). A plain text
 * file, one line per output (digest, size, time, what it read of the posts it lists: "p" for their whole, else the
 * hexadecimal mask of their head properties, and the path); a missing or unreadable manifest means a full build.
 */
final class BuildManifest {

    private static final String HEADER = "rounds-manifest 4 ";

    /**
     * One output file as the last build left it.
     *
     * @param listed what its digest takes of the posts it lists: the head properties its render read of them (a
     *     {@link dev.rounds.site.PostHeads} mask, with {@code SITE_LISTS} if it read the site's lists), or
     *     {@link dev.rounds.site.PostHeads#WHOLE}
     */
    record Entry(String digest, long size, long modified, int listed) {
    }

    /** What a build made a file from: the digest of its model, and what it takes of the posts it lists. */
    record Made(String digest, int listed) {
    }

    private final String fingerprint;
    private final Map<String, Entry> files;
    /** Its files' names in the order of its file (for a manifest read), to write the next one in without a sort. */
    private final SortedNames order;

    private BuildManifest(String fingerprint, Map<String, Entry> files) {
        this(fingerprint, files, new SortedNames());
    }

    private BuildManifest(String fingerprint, Map<String, Entry> files, SortedNames order) {
        this.fingerprint = fingerprint;
        this.files = files;
        this.order = order;
    }

    static BuildManifest empty() {
        return new BuildManifest("", Map.of());
    }

    /** The manifest at {@code file}, or an empty one if there is none or it cannot be read. */
    static BuildManifest read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
                return empty();
            }
            Map<String, Entry> files = new HashMap<>(lines.size() * 2);
            List<String> names = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(" ", 5);
                files.put(parts[4], new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                        parts[3].equals("p") ? PostHeads.WHOLE : Integer.parseInt(parts[3], 16)));
                names.add(parts[4]);
            }
            return new BuildManifest(lines.get(0).substring(HEADER.length()), files, SortedNames.readInOrder(names));
        } catch (IOException | RuntimeException unusable) {
            return empty();
        }
    }

    /** The order its files were read in: the next manifest, with the same files, is written in it unsorted. */
    SortedNames order() {
        return order;
    }

    /** How many files it lists. */
    int size() {
        return files.size();
    }

    /** The files whose digest takes whole posts ({@link PostHeads#WHOLE}). */
    List<String> takingWholePosts() {
        List<String> whole = new ArrayList<>();
        files.forEach((name, entry) -> {
            if (entry.listed() == PostHeads.WHOLE) {
                whole.add(name);
            }
        });
        return whole;
    }

    /**
     * This manifest with the files a build made or kept again: each file's new digest with its size and time now in
     * the output folder (a file no longer there loses its entry). Its order is this one's.
     */
    BuildManifest with(Map<String, Made> digests, Map<String, RunStamp.FileState> states) {
        Map<String, Entry> after = new HashMap<>(files);
        digests.forEach((name, made) -> {
            RunStamp.FileState state = states.get(name);
            if (state == null) {
                after.remove(name);
            } else {
                after.put(name, new Entry(made.digest(), state.size(), Math.floorDiv(state.modified(), 1_000_000L),
                        made.listed()));
            }
        });
        return new BuildManifest(fingerprint, after, order);
    }

    /** Whether the last build had this fingerprint (same settings, templates, output folder and Rounds). */
    boolean madeWith(String currentFingerprint) {
        return fingerprint.equals(currentFingerprint);
    }

    /** The entry of a file if it was made from the same fingerprint, or nothing. */
    Optional<Entry> entry(String currentFingerprint, String file) {
        return fingerprint.equals(currentFingerprint) ? Optional.ofNullable(files.get(file)) : Optional.empty();
    }

    /** The same as {@link #untouched(Path, Entry)}, for a file whose size and time were seen already. */
    static Optional<RunStamp.FileState> untouched(RunStamp.FileState seen, Entry entry) {
        return seen.size() == entry.size() && Math.floorDiv(seen.modified(), 1_000_000L) == entry.modified()
                ? Optional.of(seen) : Optional.empty();
    }

    /**
     * The output file's size and time if it still has those the last build left it with, else nothing (changed or
     * gone).
     */
    static Optional<RunStamp.FileState> untouched(Path output, Entry entry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(output, BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() == entry.size()
                    && attributes.lastModifiedTime().toMillis() == entry.modified()
                    ? Optional.of(RunStamp.stateOf(attributes)) : Optional.empty();
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    /**
     * The manifest of a finished build: each file's digest with its size and time now in the output folder. A file
     * not in the output (a template error was reported, say) has no entry: it is rendered again next time.
     *
     * @param states the output folder's files with their size and time, as the build left them
     */
    static BuildManifest of(String fingerprint, Map<String, Made> digests, Map<String, RunStamp.FileState> states) {
        Map<String, Entry> files = new HashMap<>(digests.size() * 2);
        digests.forEach((name, made) -> {
            RunStamp.FileState state = states.get(name);
            if (state != null) {
                files.put(name, new Entry(made.digest(), state.size(), Math.floorDiv(state.modified(), 1_000_000L),
                        made.listed()));
            }
        });
        return new BuildManifest(fingerprint, files);
    }

    /**
     * Writes this manifest, one line per file in the order of their names. Replaced atomically, so a crash leaves
     * the old manifest or the new one, never half of one.
     */
    void write(Path file) {
        write(file, new SortedNames());
    }

    /** Writes this manifest, its files in the order {@code order} gives (see {@link SortedNames}). */
    void write(Path file, SortedNames order) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            StringBuilder out = new StringBuilder(128 * files.size() + 256);
            out.append(HEADER).append(fingerprint).append('\n');
            for (String name : order.of(files.keySet())) {
                Entry entry = files.get(name);
                out.append(entry.digest()).append(' ').append(entry.size()).append(' ').append(entry.modified())
                        .append(' ')
                        .append(entry.listed() == PostHeads.WHOLE ? "p" : Integer.toHexString(entry.listed()))
                        .append(' ').append(name).append('\n');
            }
            Files.writeString(partial, out, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }

    /** Removes the manifest: the next build is a full one. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            throw new RoundsException("Cannot delete " + file + ": " + failed.getMessage(), failed);
        }
    }
}
