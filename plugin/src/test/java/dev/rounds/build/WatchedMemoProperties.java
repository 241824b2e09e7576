package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.Log;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * rounds:serve tells its memo which files changed instead of walking the posts folder at every save. Whatever the
 * author does (edit, add or delete posts, add a folder of posts or move one away, change a bundle's image, leave a
 * scratch file behind for a moment), told the way a file watcher tells it, the site the memo builds is the site a
 * fresh build of the same files makes.
 */
class WatchedMemoProperties {

    /** What the author does between two saves; {@code n} picks a post or a name. */
    enum Kind { EDIT, RETITLE, ADD, DELETE, ADD_FOLDER, MOVE_FOLDER_AWAY, EDIT_BUNDLE_IMAGE, SCRATCH_FILE, LOST_TRACK }

    record Step(Kind kind, int n) {
    }

    @Property(tries = 25)
    void aWatchedMemoBuildsWhatAFreshBuildBuilds(@ForAll("steps") List<Step> steps) throws IOException {
        Path blog = Files.createTempDirectory("rounds-watched-memo");
        try {
            Path posts = blog.resolve("src/posts");
            for (int i = 0; i < 4; i++) {
                post(posts.resolve("2026-10-0" + (i + 1) + "-post-" + i + ".md"), i, "First words.");
            }
            post(posts.resolve("2026-10-09-wound-care/index.md"), 9, "A bundle with a chart.");
            Files.writeString(posts.resolve("2026-10-09-wound-care/chart.svg"), "<svg>1</svg>");
            BuildMemo memo = BuildMemo.watched();
            builder(blog, "served").withMemo(memo).build();
            int round = 0;
            for (Step step : steps) {
                round++;
                apply(step, posts, blog, memo, round);
                builder(blog, "served").withMemo(memo).build();
                deleteTree(blog.resolve("fresh"));
                builder(blog, "fresh").build();
                assertEquals(FileTrees.contents(blog.resolve("fresh/site")),
                        FileTrees.contents(blog.resolve("served/site")), "after " + step + " in " + steps);
            }
            memo.close();
        } finally {
            deleteTree(blog);
        }
    }

    /** Does the step and tells the memo what a watcher would report. */
    private static void apply(Step step, Path posts, Path blog, BuildMemo memo, int round) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(posts)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        Path some = files.isEmpty() ? null : files.get(step.n() % files.size());
        switch (step.kind()) {
            case EDIT -> {
                if (some != null) {
                    // Appended, so the size changes too: two saves within one tick of the file clock stay apart.
                    Files.writeString(some, Files.readString(some) + "\nMore words in round " + round + ".\n");
                    memo.changed(List.of(some));
                }
            }
            case RETITLE -> {
                if (some != null) {
                    Files.writeString(some, Files.readString(some).replaceFirst("title: .*", "title: Retitled "
                            + round + " of post number " + step.n()));
                    memo.changed(List.of(some));
                }
            }
            case ADD -> {
                Path added = posts.resolve("2026-09-" + (10 + round) + "-added-" + round + ".md");
                post(added, step.n(), "Added in round " + round + ".");
                memo.changed(List.of(added));
            }
            case DELETE -> {
                if (some != null) {
                    Files.delete(some);
                    memo.changed(List.of(some));
                }
            }
            case ADD_FOLDER -> {
                // A folder made with posts in it before the watcher saw it: only the folder is told.
                Path folder = posts.resolve("folder-" + round);
                post(folder.resolve("2026-08-" + (10 + round) + "-in-folder-" + round + ".md"), step.n(), "In a folder.");
                memo.changed(List.of(folder));
            }
            case MOVE_FOLDER_AWAY -> {
                List<Path> folders;
                try (Stream<Path> list = Files.list(posts)) {
                    folders = list.filter(Files::isDirectory).sorted().toList();
                }
                if (!folders.isEmpty()) {
                    Path folder = folders.get(step.n() % folders.size());
                    Files.move(folder, blog.resolve("moved-away-" + round));
                    memo.changed(List.of(folder));
                }
            }
            case EDIT_BUNDLE_IMAGE -> {
                Path chart = posts.resolve("2026-10-09-wound-care/chart.svg");
                if (Files.exists(chart)) {
                    Files.writeString(chart, "<svg>" + round + " changed, longer each time " + "x".repeat(round)
                            + "</svg>");
                    memo.changed(List.of(chart));
                }
            }
            case SCRATCH_FILE -> {
                // sed -i writes a scratch file beside the post and renames it over the post.
                if (some != null) {
                    Path scratch = some.resolveSibling("sedX" + round);
                    Files.writeString(scratch, Files.readString(some) + "\nEdited by sed " + round + ".\n");
                    Files.move(scratch, some, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    memo.changed(List.of(scratch, some));
                }
            }
            case LOST_TRACK -> {
                // Events were dropped: the change is not told, only that something changed.
                post(posts.resolve("2026-07-" + (10 + round) + "-untold-" + round + ".md"), step.n(), "Never told.");
                memo.lostTrack();
            }
            default -> throw new IllegalStateException(step.toString());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 20))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static void post(Path file, int n, String body) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: Post number " + n + "\ndate: 2026-10-" + (10 + n % 18)
                    + "\ntags: [" + (n % 2 == 0 ? "sepsis" : "asthma") + "]\n---\n" + body + "\n\n## Points\n\n"
                    + "Hand hygiene matters before every contact.\n");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static BlogBuilder builder(Path blog, String target) {
        Log quiet = new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { }
            @Override public void warn(String message) { }
            @Override public void error(String message) { }
        };
        return new BlogBuilder(Blogs.config(blog, blog.resolve(target), true), quiet,
                WatchedMemoProperties.class.getClassLoader());
    }

    private static void deleteTree(Path root) {
        FileTrees.delete(root);
        assertTrue(Files.notExists(root));
    }
}
