package dev.rounds.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What a stage's last successful run was made from and what it left behind, so that a run with nothing to do stops
 * after reading file sizes and times: the key of its inputs, the span of time its result holds for (a post that
 * appears or expires at a set time ends it), the files it left with their size and time, the warnings it gave (said
 * again on every run, so an acknowledged finding is never silent) and its one-line summary.
 * <p>
 * A plain text file under target/, replaced atomically. A missing, older or unreadable stamp means the stage runs;
 * a stage deletes its stamp before it starts, so a failed or interrupted run never leaves one behind.
 *
 * @param key the digest of everything the run read
 * @param validFrom the earliest clock time the result holds for
 * @param validUntil the clock time from which it no longer holds
 * @param summary what the run made, in a few words
 * @param warnings the warnings the run reported
 * @param tree whether {@code outputs} is every file under its folder (then a new file there also ends the stamp)
 * @param outputs each file the run left (relative path, '/'-separated) with its size and time
 * @param inputs the content digest of each file the run read (by absolute path) with the size and time it had, so
 *     that the next run reads again only files whose size or time changed, and a fresh checkout of the same files
 *     (new times, same bytes) has the same key
 */
public record RunStamp(String key, Instant validFrom, Instant validUntil, String summary, List<Problem> warnings,
                       boolean tree, Map<String, FileState> outputs, Map<String, FileDigest> inputs) {

    /**
     * Version 2 names the algorithm of its inputs' digests ({@link Digests#ALGORITHM}). A stamp of version 1 (SHA-256
     * digests) or of another algorithm (a cache restored onto another Java runtime) is not read, so that no build keeps
     * one of its digests, for a file whose size and time did not change, beside digests of another kind.
     */
    static final String HEADER = "rounds-stamp 2 " + Digests.ALGORITHM;

    /** The earliest clock time a stamp can name: a result that holds since always. */
    public static final Instant DAWN = Instant.parse("0000-01-01T00:00:00Z");

    /** The latest clock time a stamp can name: a result that holds for ever. */
    public static final Instant NEVER = Instant.parse("9999-12-31T23:59:59Z");

    /** A file's size and last-modified time in nanoseconds (as fine as the file system keeps it). */
    public record FileState(long size, long modified) {
    }

    /** A file's content digest, with the size and time it had when it was taken. */
    public record FileDigest(long size, long modified, String digest) {
    }

    public RunStamp {
        warnings = List.copyOf(warnings);
        outputs = Map.copyOf(outputs);
        inputs = Map.copyOf(inputs);
    }

    /** A stamp that keeps no input digests. */
    public RunStamp(String key, Instant validFrom, Instant validUntil, String summary, List<Problem> warnings,
                    boolean tree, Map<String, FileState> outputs) {
        this(key, validFrom, validUntil, summary, warnings, tree, outputs, Map.of());
    }

    /** A file's size and time now, or null if it is not a regular file. */
    public static FileState stateOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? new FileState(attributes.size(), nanos(attributes)) : null;
        } catch (IOException missing) {
            return null;
        }
    }

    /**
     * Whether the last run's result still stands: the same inputs, a clock inside its span, and its files in
     * {@code root} as it left them (no file changed or gone, and for a tree, none added).
     */
    public boolean holds(String currentKey, Instant now, Path root) {
        return holds(() -> currentKey, now, root);
    }

    /**
     * As {@link #holds(String, Instant, Path)}, with the current key worked out while the files in {@code root} are
     * looked at on another core.
     */
    public boolean holds(Supplier<String> currentKey, Instant now, Path root) {
        return check(currentKey, now, root, false).holds();
    }

    /**
     * What {@link #holds(Supplier, Instant, Path)} finds, and the files in {@code root} as they were seen.
     *
     * @param keepLooking whether the look at the files goes on when the inputs changed (the build that follows
     *     takes what it saw for the files it may keep); otherwise it is stopped rather than left to take a core
     */
    public Check check(Supplier<String> currentKey, Instant now, Path root, boolean keepLooking) {
        if (now.isBefore(validFrom) || !now.isBefore(validUntil)) {
            return new Check(false, null, null);
        }
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Map<String, FileState>> seen = CompletableFuture.supplyAsync(() -> tree
                ? snapshotTree(root, stop::get) : snapshotFiles(root, outputs.keySet(), stop::get));
        if (!key.equals(currentKey.get())) {
            if (keepLooking) {
                return new Check(false, seen, stop);
            }
            stop.set(true);
            return new Check(false, null, null);
        }
        return new Check(sameFiles(seen.join(), outputs), seen, stop);
    }

    /** Whether two looks at a folder saw the same files, each with the same size and time. */
    public static boolean sameFiles(Map<String, FileState> seen, Map<String, FileState> left) {
        if (seen.size() != left.size()) {
            return false;
        }
        for (Map.Entry<String, FileState> file : left.entrySet()) {
            FileState now = seen.get(file.getKey());
            // Compared field by field: a record's equals is slow in a cold JVM, and a site has thousands of files.
            if (now == null || now.size() != file.getValue().size()
                    || now.modified() != file.getValue().modified()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param holds whether the stamp holds
     * @param seen the files of the stamp's folder (every file for a tree, else those the stamp lists that exist),
     *     with their size and time when they were looked at; null if they were not, or not to the end
     * @param stop stops the look at the files
     */
    public record Check(boolean holds, CompletableFuture<Map<String, FileState>> seen, AtomicBoolean stop) {

        /** The files as seen (waiting for the look to end), or null. */
        public Map<String, FileState> filesSeen() {
            return seen == null ? null : seen.join();
        }

        /** Stops a look at the files that is still going on: what it saw is not wanted. */
        public void forget() {
            if (stop != null) {
                stop.set(true);
            }
        }
    }

    /**
     * Every regular file under {@code root} with its size and time (empty if there is no such folder). The folders
     * directly under {@code root} are walked in parallel.
     */
    public static Map<String, FileState> snapshotTree(Path root) {
        return snapshotTree(root, () -> false);
    }

    /** As {@link #snapshotTree(Path)}, cut short (with part of the files) once {@code stop} says so. */
    private static Map<String, FileState> snapshotTree(Path root, BooleanSupplier stop) {
        if (!Files.isDirectory(root)) {
            return new HashMap<>();
        }
        List<Path> top = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(root)) {
            list.forEach(top::add);
        } catch (IOException | DirectoryIteratorException unreadable) {
            throw new RoundsException("Cannot read " + root + ": " + unreadable.getMessage(), unreadable);
        }
        // A blog's posts folder is often one folder of thousands of files: its files are looked at in a few runs of
        // plain stats (each file's name is its own name), and only its folders are walked.
        int runs = Math.min(top.size(), 4 * Runtime.getRuntime().availableProcessors());
        Map<String, FileState> files = new ConcurrentHashMap<>(Math.max(16, top.size() * 4 / 3 + 1));
        IntStream.range(0, runs).parallel().forEach(run -> {
            for (int i = run; i < top.size() && !stop.getAsBoolean(); i += runs) {
                look(root, top.get(i), files, stop);
            }
        });
        return new HashMap<>(files);
    }

    private static void look(Path root, Path entry, Map<String, FileState> files, BooleanSupplier stop) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return; // removed since the folder was listed
        } catch (IOException unreadable) {
            throw new RoundsException("Cannot read " + entry + ": " + unreadable.getMessage(), unreadable);
        }
        if (attributes.isDirectory()) {
            walk(root, entry, files, stop);
        } else if (attributes.isRegularFile()) {
            files.put(entry.getFileName().toString(), new FileState(attributes.size(), nanos(attributes)));
        } else if (attributes.isSymbolicLink()) {
            // A link to a file counts as that file (the posts are found the same way).
            try {
                BasicFileAttributes target = Files.readAttributes(entry, BasicFileAttributes.class);
                if (target.isRegularFile()) {
                    files.put(entry.getFileName().toString(), new FileState(target.size(), nanos(target)));
                }
            } catch (IOException dangling) {
                // a link to nothing is no file
            }
        }
    }

    private static void walk(Path root, Path start, Map<String, FileState> files, BooleanSupplier stop) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.put(relative(root, file), new FileState(attributes.size(), nanos(attributes)));
                    } else if (attributes.isSymbolicLink()) {
                        // A link to a file counts as that file (the posts are found the same way).
                        try {
                            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
                            if (target.isRegularFile()) {
                                files.put(relative(root, file), new FileState(target.size(), nanos(target)));
                            }
                        } catch (IOException dangling) {
                            // a link to nothing is no file
                        }
                    }
                    return stop.getAsBoolean() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException unreadable) {
            throw new RoundsException("Cannot read " + start + ": " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * The named files under {@code root} that exist, with their size and time, looked at in parallel. Far cheaper
     * than walking the folders: no directory is listed, one stat per file.
     */
    public static Map<String, FileState> snapshotFiles(Path root, Collection<String> names) {
        return snapshotFiles(root, names, () -> false);
    }

    private static Map<String, FileState> snapshotFiles(Path root, Collection<String> names, BooleanSupplier stop) {
        Map<String, FileState> files = new ConcurrentHashMap<>();
        names.parallelStream().forEach(name -> {
            if (stop.getAsBoolean()) {
                return;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(root.resolve(name), BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.put(name, new FileState(attributes.size(), nanos(attributes)));
                }
            } catch (NoSuchFileException gone) {
                // left out: a stamp that listed it no longer holds
            } catch (IOException unreadable) {
                throw new RoundsException("Cannot read " + root.resolve(name) + ": " + unreadable.getMessage(),
                        unreadable);
            }
        });
        return new HashMap<>(files);
    }

    /** The stamp in {@code file}, or nothing if there is none or it cannot be read. */
    public static Optional<RunStamp> read(Path file) {
        return readInOrder(file).map(Read::stamp);
    }

    /**
     * A stamp as read, with its inputs' and outputs' names in the order the file held them (its writer's), for
     * writing the next stamp without sorting the same names again.
     */
    public record Read(RunStamp stamp, SortedNames inputOrder, SortedNames outputOrder) {
    }

    /** As {@link #read(Path)}, with the order of the names. */
    public static Optional<Read> readInOrder(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException missing) {
            return Optional.empty();
        }
        try {
            if (lines.size() < 5 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String key = lines.get(1);
            String[] span = lines.get(2).split(" ");
            String summary = unescape(lines.get(3));
            boolean tree = lines.get(4).equals("tree");
            List<Problem> warnings = new ArrayList<>();
            List<Map.Entry<String, FileState>> outputs = new ArrayList<>(lines.size());
            List<Map.Entry<String, FileDigest>> inputs = new ArrayList<>(lines.size());
            for (String line : lines.subList(5, lines.size())) {
                // Tens of thousands of lines in a big blog's stamp, read before anything else: taken apart by hand.
                char kind = line.length() > 1 && line.charAt(1) == '\t' ? line.charAt(0) : '?';
                if (kind == 'w') {
                    String[] fields = line.split("\t", -1);
                    warnings.add(Problem.warning(unescape(fields[1]), Integer.parseInt(fields[2]),
                            unescape(fields[3]), unescape(fields[4])));
                } else if (kind == 'i' || kind == 'f') {
                    int afterSize = line.indexOf('\t', 2);
                    int afterTime = line.indexOf('\t', afterSize + 1);
                    long size = Long.parseLong(line, 2, afterSize, 10);
                    long modified = Long.parseLong(line, afterSize + 1, afterTime, 10);
                    if (kind == 'f') {
                        outputs.add(Map.entry(unescape(line.substring(afterTime + 1)), new FileState(size, modified)));
                    } else {
                        int afterDigest = line.indexOf('\t', afterTime + 1);
                        inputs.add(Map.entry(unescape(line.substring(afterDigest + 1)),
                                new FileDigest(size, modified, line.substring(afterTime + 1, afterDigest))));
                    }
                } else {
                    return Optional.empty();
                }
            }
            // Made unmodifiable at once: the record would otherwise copy them again.
            RunStamp stamp = new RunStamp(key, Instant.parse(span[0]), Instant.parse(span[1]), summary,
                    warnings, tree, Map.ofEntries(outputs.toArray(Map.Entry[]::new)),
                    Map.ofEntries(inputs.toArray(Map.Entry[]::new)));
            return Optional.of(new Read(stamp, SortedNames.readInOrder(names(inputs)),
                    SortedNames.readInOrder(names(outputs))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static List<String> names(List<? extends Map.Entry<String, ?>> entries) {
        List<String> names = new ArrayList<>(entries.size());
        entries.forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /** Writes this stamp, replacing any other at once. */
    public void write(Path file) {
        write(file, new SortedNames(), new SortedNames());
    }

    /**
     * Writes the stamp, its inputs and outputs in the order {@code inputOrder} and {@code outputOrder} give (which
     * remember the last order they made, for a process that writes a stamp at every save).
     */
    public void write(Path file, SortedNames inputOrder, SortedNames outputOrder) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            // Tens of thousands of lines for a big blog: made in one buffer, names sorted as an array.
            StringBuilder out = new StringBuilder(128 * (inputs.size() + outputs.size()) + 1024);
            out.append(HEADER).append('\n').append(key).append('\n').append(validFrom).append(' ').append(validUntil)
                    .append('\n').append(escape(summary)).append('\n').append(tree ? "tree" : "files").append('\n');
            for (Problem warning : warnings) {
                out.append("w\t").append(escape(warning.source())).append('\t').append(warning.line()).append('\t')
                        .append(escape(warning.message())).append('\t').append(escape(warning.fix())).append('\n');
            }
            for (String name : inputOrder.of(inputs.keySet())) {
                FileDigest input = inputs.get(name);
                out.append("i\t").append(input.size()).append('\t').append(input.modified()).append('\t')
                        .append(input.digest()).append('\t').append(escape(name)).append('\n');
            }
            for (String name : outputOrder.of(outputs.keySet())) {
                FileState output = outputs.get(name);
                out.append("f\t").append(output.size()).append('\t').append(output.modified()).append('\t')
                        .append(escape(name)).append('\n');
            }
            Files.writeString(partial, out, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }

    /** The names in their natural order (as a sorted map would give them). */
    public static String[] sorted(java.util.Set<String> names) {
        String[] sorted = names.toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /** Removes a stamp: the next run does its work in full. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            throw new RoundsException("Cannot delete " + file + ": " + failed.getMessage(), failed);
        }
    }

    /** A file's size and time as a stamp keeps them, from attributes already read. */
    public static FileState stateOf(BasicFileAttributes attributes) {
        return new FileState(attributes.size(), nanos(attributes));
    }

    private static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private static String relative(Path root, Path file) {
        return RelativeNames.of(root, file);
    }

    private static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
