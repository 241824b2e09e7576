package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuiltBlog;
import dev.rounds.build.BuildMemo;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.CampaignSettings;
import dev.rounds.core.Log;
import dev.rounds.site.Templates;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rounds:serve's campaign preview after each save: a save that changes no teaser times and writes nothing but says
 * the warnings again; a save that changes a teaser writes the preview a fresh stage would write.
 */
class CampaignPreviewStageTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final AtomicInteger templatesMade = new AtomicInteger();

    @Test
    void aSaveThatChangesNoTeaserWritesNothingAndOneThatDoesWritesWhatAFreshStageWrites() throws IOException {
        Path blog = dir.resolve("blog");
        FileTrees.copy(Blogs.exampleBlog().resolve("src"), blog.resolve("src"));
        // A post whose teaser goes out with acknowledged findings: a warning at every save.
        Files.copy(Path.of("src/test/resources/mojo/acknowledged-teaser/src/posts/sepsis-case.md"),
                blog.resolve("src/posts/sepsis-case.md"));
        BuildMemo memo = new BuildMemo();
        CampaignPreviewStage stage = stage();
        Path folder = dir.resolve("preview");
        stage.rebuild(build(blog, memo), folder);
        List<String> firstWarnings = List.copyOf(warnings);
        assertTrue(firstWarnings.stream().anyMatch(warning -> warning.contains("acknowledged finding")),
                firstWarnings.toString());
        assertEquals(1, templatesMade.get());
        Map<String, String> first = FileTrees.contents(folder);
        ageAll(folder);

        Path post = firstPost(blog);
        Files.writeString(post, Files.readString(post) + "\n\n");
        warnings.clear();
        stage.rebuild(build(blog, memo), folder);

        assertEquals(1, templatesMade.get(), "nothing to write, no templates made");
        assertTrue(FileTrees.times(folder).values().stream().allMatch(LONG_AGO::equals), "no page written");
        assertEquals(firstWarnings, warnings, "the warnings are said again");

        String text = Files.readString(post);
        String heading = text.lines().filter(line -> line.startsWith("## ")).findFirst().orElseThrow();
        Files.writeString(post, text.replace(heading, heading + " and more"));
        BuiltBlog changed = build(blog, memo);
        stage.rebuild(changed, folder);

        Map<String, String> after = FileTrees.contents(folder);
        assertNotEquals(first, after);
        Path fresh = dir.resolve("fresh");
        stage().rebuild(changed, fresh);
        assertEquals(FileTrees.contents(fresh), after);

        // The preview folder deleted while the server runs (mvn clean): a save that changes no plan writes it again.
        FileTrees.delete(folder);
        Files.writeString(post, Files.readString(post) + "\n\n");
        stage.rebuild(build(blog, memo), folder);
        assertEquals(after, FileTrees.contents(folder), "the preview is back as it was");
    }

    private CampaignPreviewStage stage() {
        Log log = new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { }
            @Override public synchronized void warn(String message) { warnings.add(message); }
            @Override public void error(String message) { }
        };
        return new CampaignPreviewStage(new CampaignPlanner(
                CampaignSettings.defaults(ZoneId.of("America/New_York")), "https://notes.example.org/", log),
                () -> {
                    templatesMade.incrementAndGet();
                    return new Templates(null, getClass().getClassLoader());
                }, () -> "theme", log);
    }

    private BuiltBlog build(Path blog, BuildMemo memo) {
        return new BlogBuilder(Blogs.config(blog, dir.resolve("target"), true), Log.silent(),
                getClass().getClassLoader()).withMemo(memo).build();
    }

    private static Path firstPost(Path blog) throws IOException {
        try (Stream<Path> posts = Files.list(blog.resolve("src/posts"))) {
            for (Path post : posts.sorted().toList()) {
                if (Files.isRegularFile(post) && Files.readString(post).contains("\n## ")
                        && Files.readString(post).contains("\ndate:")) {
                    return post;
                }
            }
        }
        throw new AssertionError("the example blog has a dated post with a section heading");
    }


    private static void ageAll(Path root) throws IOException {
        for (String file : FileTrees.times(root).keySet()) {
            Files.setLastModifiedTime(root.resolve(file), LONG_AGO);
        }
    }

}
