package dev.rounds.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's files, as tests compare them: by text or by time, keyed by their path under the folder. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Every regular file under root with its text. */
    public static Map<String, String> contents(Path root) {
        Map<String, String> files = new TreeMap<>();
        for (Path file : regularFiles(root)) {
            try {
                files.put(root.relativize(file).toString(), Files.readString(file));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return files;
    }

    /** Every regular file under root with its last-modified time. */
    public static Map<String, FileTime> times(Path root) {
        Map<String, FileTime> times = new TreeMap<>();
        for (Path file : regularFiles(root)) {
            try {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return times;
    }

    /** Copies a folder and everything in it, replacing files that are there. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Deletes a folder and everything in it (nothing if it is not there). */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static java.util.List<Path> regularFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
