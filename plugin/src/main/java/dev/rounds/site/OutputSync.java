package dev.rounds.site;

import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Moves a finished build from its staging folder into the output folder. Runs only after the whole build succeeded,
 * so a failed build leaves the previous site as it was. Only files whose bytes changed are replaced, and files the
 * build no longer makes are removed: an unchanged site keeps its timestamps, so deploys that sync by time upload nothing.
 */
public final class OutputSync {

    /** What the sync did. */
    public record Result(int written, int unchanged, int deleted) {
    }

    public Result sync(Path staging, Path output) {
        return sync(staging, output, Set.of());
    }

    /**
     * @param kept files (relative to the site folder, '/'-separated) that an incremental build did not render again
     *     because the output folder already holds them as they would be made: they count as unchanged and stay
     */
    public Result sync(Path staging, Path output, Set<String> kept) {
        Result result = transfer(staging, output, kept, true);
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
        return transfer(source, target, Set.of(), false);
    }

    private Result transfer(Path staging, Path output, Set<String> kept, boolean move) {
        try {
            Files.createDirectories(output);
            int written = 0;
            int unchanged = 0;
            Set<Path> produced = new HashSet<>();
            for (String file : kept) {
                if (Files.isRegularFile(output.resolve(file))) {
                    produced.add(output.relativize(output.resolve(file)));
                    unchanged++;
                }
            }
            List<Path> files = List.of();
            if (Files.isDirectory(staging)) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    files = walk.filter(Files::isRegularFile).toList();
                }
            }
            for (Path file : files) {
                Path relative = staging.relativize(file);
                produced.add(relative);
                Path target = output.resolve(relative.toString());
                if (Files.isRegularFile(target) && Files.mismatch(file, target) == -1) {
                    unchanged++;
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path incoming = file;
                if (!move) {
                    incoming = Files.createTempFile(target.getParent(), ".rounds", ".tmp");
                    Files.copy(file, incoming, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written++;
            }
            return new Result(written, unchanged, deleteStale(output, produced));
        } catch (IOException failed) {
            throw new RoundsException("Cannot update the site in " + output + ": " + failed.getMessage(), failed);
        }
    }

    private static int deleteStale(Path output, Set<Path> produced) throws IOException {
        int deleted = 0;
        List<Path> existing;
        try (Stream<Path> walk = Files.walk(output)) {
            existing = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : existing) {
            if (path.equals(output)) {
                continue;
            }
            if (Files.isRegularFile(path) && !produced.contains(output.relativize(path))) {
                Files.delete(path);
                deleted++;
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    if (children.findAny().isEmpty()) {
                        Files.delete(path);
                    }
                }
            }
        }
        return deleted;
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
