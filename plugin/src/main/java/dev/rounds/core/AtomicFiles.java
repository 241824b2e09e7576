package dev.rounds.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files replaced whole or not at all: written to a new file beside the one they replace, then moved over it in one
 * step, so a crash or a failed write leaves the old file (or none) and never half of a new one. The new file is made
 * with the permissions any new file gets (the user's umask), not the owner-only ones of {@link Files#createTempFile}:
 * a file moved into place keeps the mode it was made with, and files a blogger opens, copies or deploys
 * (campaign.json, .csv, .ics, the preview's pages) should read like the rest.
 */
public final class AtomicFiles {

    /** What goes into a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} (its folder made if need be) with what {@code body} writes, buffered. If the body or the
     * move fails, {@code target} is as it was and nothing is left beside it.
     */
    public static void write(Path target, Body body) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = beside(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024)) {
                body.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error failed) {
            // What went wrong is what the caller hears of; a temporary file that cannot be removed goes along.
            try {
                Files.deleteIfExists(temp);
            } catch (IOException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }

    /** An empty new file in {@code target}'s folder, named after it ({@code .name.random.tmp}). */
    public static Path beside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String name = "." + target.getFileName() + ".";
        while (true) {
            Path candidate = folder.resolve(name + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // Another name, then.
            }
        }
    }
}
