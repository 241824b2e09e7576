package dev.rounds.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New files beside the file they will replace, made with the permissions any new file gets (the user's umask), not the
 * owner-only ones of {@link Files#createTempFile}: a file moved into place keeps the mode it was made with, and files a
 * blogger opens, copies or deploys (campaign.json, .csv, .ics, the preview's pages) should read like the rest.
 */
public final class TempFiles {

    private TempFiles() {
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
