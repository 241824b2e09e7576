package dev.rounds.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the posts under the posts folder: every {@code .md}/{@code .markdown} file, recursively, in a stable order.
 * A folder holding {@code index.md} is a page bundle: its other files are the post's own (images).
 */
public final class PostScanner {

    /** A post file and, for a bundle, the files beside it. */
    public record Found(Path file, List<Path> bundleFiles) {
        public Found {
            bundleFiles = List.copyOf(bundleFiles);
        }
    }

    /**
     * The posts, from a listing of the posts folder already taken: every regular file under it (a link to a file
     * counts as that file) by its path there ('/'-separated), in order. A build walks the folder once, for its files'
     * sizes and times, and finds the posts in that listing.
     */
    public List<Found> scan(Path postsDirectory, List<String> sortedFiles) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < sortedFiles.size(); i++) {
            post(postsDirectory, sortedFiles, i).ifPresent(found::add);
        }
        found.sort(java.util.Comparator.comparing(Found::file));
        return found;
    }

    /**
     * The post at {@code name} in the same listing, as {@link #scan} finds it (a bundle with the files beside it), or
     * nothing when the name is not a post's: for a build that looks at a few posts only.
     */
    public Optional<Found> post(Path postsDirectory, List<String> sortedFiles, String name) {
        int at = Collections.binarySearch(sortedFiles, name);
        return at < 0 ? Optional.empty() : post(postsDirectory, sortedFiles, at);
    }

    private static Optional<Found> post(Path postsDirectory, List<String> sortedFiles, int i) {
        String name = sortedFiles.get(i);
        // Told from the name alone: a big blog's folder holds tens of thousands of files.
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (isHidden(name) || !isMarkdown(fileName) || isReadme(fileName)) {
            return Optional.empty();
        }
        Path file = postsDirectory.resolve(name);
        List<Path> bundle = List.of();
        if (isIndex(file)) {
            String folder = name.substring(0, name.length() - file.getFileName().toString().length());
            // The bundle's files are the names that start with its folder: they sort together, around the index.
            int from = folderStart(sortedFiles, folder, i);
            List<Path> files = new ArrayList<>();
            for (int j = from; j < sortedFiles.size() && sortedFiles.get(j).startsWith(folder); j++) {
                Path other = postsDirectory.resolve(sortedFiles.get(j));
                if (!isMarkdown(other)) {
                    files.add(other);
                }
            }
            bundle = files.stream().sorted().toList();
        }
        return Optional.of(new Found(file, bundle));
    }

    private static int folderStart(List<String> sorted, String folder, int index) {
        int from = index;
        while (from > 0 && sorted.get(from - 1).startsWith(folder)) {
            from--;
        }
        return from;
    }

    /** Whether a file or a folder on its '/'-separated path under the posts folder starts with a dot. */
    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.contains("/.");
    }

    static boolean isMarkdown(Path file) {
        return isMarkdown(file.getFileName().toString());
    }

    private static boolean isMarkdown(String fileName) {
        return endsWithIgnoringCase(fileName, ".md") || endsWithIgnoringCase(fileName, ".markdown");
    }

    private static boolean endsWithIgnoringCase(String name, String suffix) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** A README beside the posts documents the folder; it is not a post. */
    private static boolean isReadme(String fileName) {
        return fileName.regionMatches(true, 0, "readme.", 0, "readme.".length());
    }

    private static boolean isIndex(Path file) {
        String name = file.getFileName().toString();
        return name.equals("index.md") || name.equals("index.markdown");
    }
}
