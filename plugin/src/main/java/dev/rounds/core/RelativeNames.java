package dev.rounds.core;

import java.io.File;
import java.nio.file.Path;

/**
 * A file's name under a folder it was found under, '/'-separated: what {@code root.relativize(file)} gives, without its
 * cost where the file's path is the folder's followed by a separator and the rest (a file found by walking or resolving
 * under the folder). {@code relativize} makes a path object per name on the way; a build takes the names of tens of
 * thousands of files. Paths with a "." or ".." name, which {@code relativize} normalises first, go through it. Paths
 * are compared as text: two names that a file system cannot decode may look alike, so a file that is not under the
 * folder is not to be named with it.
 */
public final class RelativeNames {

    private RelativeNames() {
    }

    /** The name of {@code file} under {@code root}, '/'-separated. */
    public static String of(Path root, Path file) {
        String folder = root.toString();
        String path = file.toString();
        int start = folder.length() + 1;
        if (!folder.isEmpty() && path.length() > start && path.startsWith(folder)
                && path.charAt(folder.length()) == File.separatorChar && !folder.endsWith(File.separator)
                && root.isAbsolute() == file.isAbsolute() && !hasDotName(folder) && !hasDotName(path)) {
            String name = path.substring(start);
            return File.separatorChar == '/' ? name : name.replace(File.separatorChar, '/');
        }
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Whether one of the path's names is "." or "..". */
    private static boolean hasDotName(String path) {
        int length = path.length();
        int nameStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || path.charAt(i) == File.separatorChar || path.charAt(i) == '/') {
                int nameLength = i - nameStart;
                if (nameLength == 1 && path.charAt(nameStart) == '.'
                        || nameLength == 2 && path.charAt(nameStart) == '.' && path.charAt(nameStart + 1) == '.') {
                    return true;
                }
                nameStart = i + 1;
            }
        }
        return false;
    }
}
