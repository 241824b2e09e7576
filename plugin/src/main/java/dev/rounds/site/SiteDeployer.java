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
 * Deploys a built site to a folder (a {@code file:} deploy URL: a web server's root, a mounted share, a checkout of a
 * pages branch). Copies only files whose bytes changed and removes files the site no longer has, so an unchanged site
 * deploys nothing.
 */
public final class SiteDeployer {

    /** What a deploy did. */
    public record Result(int copied, int unchanged, int removed) {
    }

    public Result deploy(Path site, Path target) {
        if (!Files.isDirectory(site)) {
            throw new RoundsException("There is no built site in " + site + ": run rounds:build first.");
        }
        try {
            Files.createDirectories(target);
            int copied = 0;
            int unchanged = 0;
            Set<Path> present = new HashSet<>();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(site)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path relative = site.relativize(file);
                present.add(relative);
                Path destination = target.resolve(relative.toString());
                if (Files.isRegularFile(destination) && Files.mismatch(file, destination) == -1) {
                    unchanged++;
                    continue;
                }
                Files.createDirectories(destination.getParent());
                Path temp = Files.createTempFile(destination.getParent(), ".rounds", ".tmp");
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                copied++;
            }
            int removed = 0;
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (Files.isRegularFile(path) && !present.contains(target.relativize(path))) {
                        Files.delete(path);
                        removed++;
                    }
                }
            }
            return new Result(copied, unchanged, removed);
        } catch (IOException failed) {
            throw new RoundsException("Cannot deploy the site to " + target + ": " + failed.getMessage(), failed);
        }
    }
}
