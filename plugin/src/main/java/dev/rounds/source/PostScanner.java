package dev.rounds.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            String name = sortedFiles.get(i);
            Path file = postsDirectory.resolve(name);
            if (isHidden(postsDirectory, file) || !isMarkdown(file) || isReadme(file)) {
                continue;
            }
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
            found.add(new Found(file, bundle));
        }
        found.sort(java.util.Comparator.comparing(Found::file));
        return found;
    }

    private static int folderStart(List<String> sorted, String folder, int index) {
        int from = index;
        while (from > 0 && sorted.get(from - 1).startsWith(folder)) {
            from--;
        }
        return from;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** A README beside the posts documents the folder; it is not a post. */
    private static boolean isReadme(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme.");
    }

    private static boolean isIndex(Path file) {
        String name = file.getFileName().toString();
        return name.equals("index.md") || name.equals("index.markdown");
    }
}
