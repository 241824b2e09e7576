package dev.rounds.site;

import dev.rounds.core.RoundsException;
import dev.rounds.core.RunStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Moves a finished build from its staging folder into the output folder. Runs only after the whole build succeeded,
 * so a failed build leaves the previous site as it was. Only files whose bytes changed are replaced, and files the
 * build no longer makes are removed: an unchanged site keeps its timestamps, so deploys that sync by time upload nothing.
 */
public final class OutputSync {

    /**
     * What the sync did.
     *
     * @param files every file in the output folder afterwards ('/'-separated), with its size and time
     */
    public record Result(int written, int unchanged, int deleted, Map<String, RunStamp.FileState> files) {
        public Result {
            // The sync is done with the map: a view, not a copy (a stamp that keeps it copies it).
            files = Collections.unmodifiableMap(files);
        }
    }

    private final boolean oneRename;

    /** A sync that replaces a changed file by moving the old one aside, then the new one in (see {@link #replace}). */
    public OutputSync() {
        this(false);
    }

    /**
     * @param oneRename whether a changed file replaces the old one with a single rename instead: never missing, for
     *     a server that reads the folder while it changes (rounds:serve's preview), at the cost described at
     *     {@link #replace}
     */
    public OutputSync(boolean oneRename) {
        this.oneRename = oneRename;
    }

    public Result sync(Path staging, Path output) {
        return sync(staging, output, Map.of(), null);
    }

    /**
     * @param kept files (relative to the site folder, '/'-separated) that an incremental build did not render again
     *     because the output folder already holds them as they would be made, with the size and time they were seen
     *     with: they count as unchanged and stay
     * @param lastOutputs every file the last build left in the output folder (from its stamp), or null when that is
     *     not known. When known, only those files are candidates for removal, so a rebuild of thousands of pages does
     *     not walk thousands of folders; a file someone else put there stays. When not known, the whole output folder
     *     is walked and everything the build did not make is removed.
     */
    public Result sync(Path staging, Path output, Map<String, RunStamp.FileState> kept,
                       Map<String, RunStamp.FileState> lastOutputs) {
        Result result = transfer(staging, output, kept, lastOutputs, true);
        deleteTree(staging);
        return result;
    }

    /**
     * Makes {@code target} a copy of {@code source} (a deploy to a folder): changed files are copied in atomically,
     * files {@code source} does not have are removed, {@code source} is left as it is.
     */
    public Result mirror(Path source, Path target) {
        if (!Files.isDirectory(source)) {
            throw new RoundsException("There is no built site in " + source + ": run rounds:build first.");
        }
        return transfer(source, target, Map.of(), null, false);
    }

    private Result transfer(Path staging, Path output, Map<String, RunStamp.FileState> kept,
                            Map<String, RunStamp.FileState> lastOutputs, boolean move) {
        try {
            if (move && kept.isEmpty() && Files.isDirectory(staging) && isEmptyOrAbsent(output)) {
                Optional<Result> whole = moveWhole(staging, output);
                if (whole.isPresent()) {
                    return whole.get();
                }
            }
            Files.createDirectories(output);
            int written = 0;
            // The cache saw each kept file in the output folder as the last build left it.
            int unchanged = kept.size();
            // Files written are noted as they are handled, and seen with the kept ones (not copied: a preview keeps
            // thousands); the walk below notes every file itself.
            Map<String, RunStamp.FileState> states = new ConcurrentHashMap<>();
            List<Path> files = List.of();
            if (Files.isDirectory(staging)) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    files = walk.filter(Files::isRegularFile).toList();
                }
            }
            // Without the last build's list, the walk below removes what this build did not produce.
            Set<Path> produced = new HashSet<>();
            if (lastOutputs == null) {
                kept.keySet().forEach(file -> produced.add(output.getFileSystem().getPath(file)));
            }
            Path aside = null;
            for (Path file : files) {
                Path relative = staging.relativize(file);
                produced.add(relative);
                Path target = output.resolve(relative.toString());
                boolean exists = Files.isRegularFile(target);
                if (exists && Files.mismatch(file, target) == -1) {
                    unchanged++;
                } else if (move && exists && !oneRename) {
                    if (aside == null) {
                        aside = asideFolder(staging);
                    }
                    if (!replace(file, target, aside.resolve(Integer.toString(written)))) {
                        moveInto(file, target, false);
                    }
                    written++;
                } else {
                    moveInto(file, target, !move);
                    written++;
                }
                if (lastOutputs != null) {
                    states.put(relative.toString().replace('\\', '/'), RunStamp.stateOf(target));
                }
            }
            if (lastOutputs != null) {
                Map<String, RunStamp.FileState> all = new Union(kept, states);
                return new Result(written, unchanged, leavesNothing(kept, states, lastOutputs) ? 0
                        : deleteLeftBehind(output, lastOutputs.keySet(), all), all);
            }
            int deleted = deleteStale(output, produced, states);
            return new Result(written, unchanged, deleted, states);
        } catch (IOException failed) {
            throw new RoundsException("Cannot update the site in " + output + ": " + failed.getMessage(), failed);
        }
    }

    /**
     * Puts {@code incoming} in place of {@code target} (a file with other bytes): the old file is first moved aside,
     * into the staging folder, then the new one moved in, two renames to names that are free. One rename over the old
     * file would do it in one step, but on ext4 (Linux's usual file system) replacing a file by a rename makes the
     * kernel allocate and start writing the new file's blocks at once (its {@code auto_da_alloc} safeguard), about
     * 0.1 ms a file: a new post at 10,000 posts replaces over a thousand pages. What that safeguard is for is given
     * up: after a power cut, a page written shortly before may be empty. And between the two renames, a few
     * microseconds, the page is missing: a server reading the folder then would not find it, and a build killed there
     * leaves it missing. Either way the next build makes it again: the stamp is removed before the sync and written
     * after it, and a stamp's files are checked by size. If the new file cannot be moved in, the old one goes back.
     *
     * @return false, with nothing changed, when the old file cannot be moved aside by a rename (the site folder is on
     *     another file system than the staging folder)
     */
    private static boolean replace(Path incoming, Path target, Path aside) throws IOException {
        try {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            return false;
        }
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            try {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        return true;
    }

    /**
     * A new folder in {@code staging} for the files moved aside, under a name no staged file has. Not a temporary
     * folder of the JDK's: its random name starts a SecureRandom, tens of milliseconds in a Maven build's cold JVM.
     */
    private static Path asideFolder(Path staging) throws IOException {
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(staging.resolve(".rounds-replaced-" + n));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // A staged file or folder has the name: the next one.
            }
        }
    }

    /**
     * Puts {@code incoming} at {@code target} with one rename, replacing what is there: moved, or copied next to the
     * target first when {@code copy} is set or the two are on different file systems (a rename cannot cross them).
     */
    private static void moveInto(Path incoming, Path target, boolean copy) throws IOException {
        Files.createDirectories(target.getParent());
        if (!copy) {
            try {
                Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException otherFileSystem) {
                // Copied below.
            }
        }
        Path temp = Files.createTempFile(target.getParent(), ".rounds", ".tmp");
        try {
            Files.copy(incoming, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Whether this build made every file the last one left, without looking each of them up: the kept files are
     * some of them (the cache keeps only files the last build's manifest lists, and that build's stamp lists every
     * file it left, the manifest's among them), so it is enough to count the written ones among them.
     */
    private static boolean leavesNothing(Map<String, RunStamp.FileState> kept, Map<String, RunStamp.FileState> written,
                                         Map<String, RunStamp.FileState> lastOutputs) {
        long made = kept.size() + written.keySet().stream()
                .filter(file -> !kept.containsKey(file) && lastOutputs.containsKey(file)).count();
        return made == lastOutputs.size();
    }

    /** The kept files and the written ones, seen as one map (a written file's state wins). */
    private static final class Union extends java.util.AbstractMap<String, RunStamp.FileState> {
        private final Map<String, RunStamp.FileState> kept;
        private final Map<String, RunStamp.FileState> written;

        Union(Map<String, RunStamp.FileState> kept, Map<String, RunStamp.FileState> written) {
            this.kept = kept;
            this.written = written;
        }

        @Override
        public RunStamp.FileState get(Object file) {
            RunStamp.FileState state = written.get(file);
            return state != null ? state : kept.get(file);
        }

        @Override
        public boolean containsKey(Object file) {
            return written.containsKey(file) || kept.containsKey(file);
        }

        @Override
        public Set<Entry<String, RunStamp.FileState>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, RunStamp.FileState>> iterator() {
                    return Stream.concat(written.entrySet().stream(),
                            kept.entrySet().stream().filter(entry -> !written.containsKey(entry.getKey())))
                            .iterator();
                }

                @Override
                public int size() {
                    return written.size() + (int) kept.keySet().stream().filter(file -> !written.containsKey(file))
                            .count();
                }
            };
        }

        @Override
        public int size() {
            return written.isEmpty() ? kept.size() : entrySet().size();
        }
    }

    /**
     * Removes the files the last build left that this one did not make ({@code made}), and the folders that leaves
     * empty.
     */
    private static int deleteLeftBehind(Path output, Set<String> lastOutputs, Map<String, RunStamp.FileState> made)
            throws IOException {
        Path root = output.toAbsolutePath().normalize();
        int deleted = 0;
        for (String file : lastOutputs) {
            if (made.containsKey(file)) {
                continue;
            }
            Path stale = root.resolve(file).normalize();
            if (!stale.startsWith(root) || stale.equals(root) || !Files.deleteIfExists(stale)) {
                continue;
            }
            deleted++;
            for (Path folder = stale.getParent(); !folder.equals(root); folder = folder.getParent()) {
                try {
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException stillUsed) {
                    break;
                }
            }
        }
        return deleted;
    }

    /**
     * A first build (no site yet): the staging folder becomes the site with one rename, instead of a folder made, a
     * file moved and a folder removed for every page. Nothing when the two are on different file systems, where the
     * files are moved one by one.
     */
    private static Optional<Result> moveWhole(Path staging, Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            // rename(2) replaces an empty folder.
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException elsewhere) {
            return Optional.empty();
        }
        Map<String, RunStamp.FileState> states = new ConcurrentHashMap<>();
        deleteStale(output, null, states);
        return Optional.of(new Result(states.size(), 0, 0, states));
    }

    private static boolean isEmptyOrAbsent(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Removes the files under {@code output} that are not {@code produced} (none when it is null), and the folders left
     * empty, noting the size and time of every file that stays. One walk with the attributes it reads anyway (a folder
     * is empty when none of its entries stayed, so no folder is listed twice), the top folders walked in parallel.
     */
    private static int deleteStale(Path output, Set<Path> produced, Map<String, RunStamp.FileState> states)
            throws IOException {
        List<Path> top;
        try (Stream<Path> list = Files.list(output)) {
            top = list.toList();
        }
        AtomicInteger deleted = new AtomicInteger();
        try {
            top.parallelStream().forEach(entry -> {
                try {
                    Files.walkFileTree(entry, new StaleFiles(output, produced, states, deleted));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        return deleted.get();
    }

    /** Walks one folder of the output: deletes what the build did not produce, notes what stays. */
    private static final class StaleFiles extends SimpleFileVisitor<Path> {
        private final Path output;
        private final Set<Path> produced;
        private final Map<String, RunStamp.FileState> states;
        private final AtomicInteger deleted;
        private final Deque<int[]> kept = new ArrayDeque<>();

        StaleFiles(Path output, Set<Path> produced, Map<String, RunStamp.FileState> states, AtomicInteger deleted) {
            this.output = output;
            this.produced = produced;
            this.states = states;
            this.deleted = deleted;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            kept.push(new int[1]);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Path relative = output.relativize(file);
            if (attrs.isRegularFile() && produced != null && !produced.contains(relative)) {
                Files.delete(file);
                deleted.incrementAndGet();
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                states.put(relative.toString().replace('\\', '/'), RunStamp.stateOf(attrs));
            }
            if (!kept.isEmpty()) {
                kept.peek()[0]++;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
            if (failed != null) {
                throw failed;
            }
            boolean empty = kept.pop()[0] == 0;
            if (empty) {
                Files.delete(dir);
            } else if (!kept.isEmpty()) {
                kept.peek()[0]++;
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException failed) {
            throw new RoundsException("Cannot delete " + root + ": " + failed.getMessage(), failed);
        }
    }
}
