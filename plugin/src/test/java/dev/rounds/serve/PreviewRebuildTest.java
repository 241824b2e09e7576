package dev.rounds.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes on disk reach the served preview: rebuilds, broken posts and their recovery, the campaign stage. */
class PreviewRebuildTest {

    private static final String HYPERKALEMIA = "2025-02-03-hyperkalemia-five-steps.md";
    private static final String BROKEN_TAGS = "tags: [nephrology, electrolytes, emergencies";

    @TempDir
    Path temp;

    private PreviewFixture preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aBrokenPostReplacesEveryPageWithItsProblemsAndFixingItRecovers() {
        preview = new PreviewFixture(temp, PreviewStage.NONE);
        Path post = preview.post(HYPERKALEMIA);
        String original = PreviewFixture.read(post);

        afterRebuild(() -> PreviewFixture.save(post, breakTags(original)));
        for (String page : new String[] {"/", "/2025/02/hyperkalemia-five-steps/", "/tags/", "/_rounds/campaign/"}) {
            HttpResponse<String> shown = preview.get(page);
            assertEquals(500, shown.statusCode(), page);
            assertTrue(namesFileAndLine(shown.body()), page + " names file and line:\n" + shown.body());
            assertTrue(shown.body().contains("<strong>Fix:</strong>"), "and says how to fix it");
            assertTrue(shown.body().contains(LiveReload.PATH), "and reloads once fixed");
        }
        assertEquals(200, preview.get("/css/rounds.css").statusCode(), "the last good site's files stay served");
        assertTrue(preview.log.contains("WARN Build failed after a change to posts/" + HYPERKALEMIA
                + ": the open pages show the problems."), preview.log.toString());

        afterRebuild(() -> PreviewFixture.save(post, original.replace("five steps, in order", "six steps, in order")));
        HttpResponse<String> fixed = preview.get("/2025/02/hyperkalemia-five-steps/");
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("Hyperkalemia on the wards: six steps, in order"));
        assertTrue(preview.log.stream().anyMatch(line -> line.matches(
                "INFO Rebuilt in \\d+ ms after a change to posts/" + Pattern.quote(HYPERKALEMIA)
                        + " \\(\\d+ ms after the save\\)")), preview.log.toString());
    }

    @Test
    void aPreviewStartedOnABrokenBlogShowsTheProblemsInsteadOfFailing() {
        preview = new PreviewFixture(temp, PreviewStage.NONE, blog -> {
            Path post = blog.resolve("src/posts").resolve(HYPERKALEMIA);
            PreviewFixture.save(post, breakTags(PreviewFixture.read(post)));
        });
        HttpResponse<String> home = preview.get("/");
        assertEquals(500, home.statusCode());
        assertTrue(namesFileAndLine(home.body()), home.body());
    }

    @Test
    void newStaticFilesInNewFoldersAndTheAuthorsFileAreWatched() throws IOException {
        preview = new PreviewFixture(temp, PreviewStage.NONE);
        Path docs = preview.blog.resolve("src/static/docs/handouts");
        afterRebuild(() -> createFolder(docs));
        afterRebuild(() -> PreviewFixture.save(docs.resolve("potassium.txt"), "K+ handout"));
        assertEquals("K+ handout", preview.get("/docs/handouts/potassium.txt").body());

        Path authors = preview.blog.resolve("src/authors.yml");
        afterRebuild(() -> PreviewFixture.save(authors,
                PreviewFixture.read(authors).replace("name: Maeve Halloran", "name: Maeve Halloran-Byrne")));
        assertTrue(preview.get("/2025/02/hyperkalemia-five-steps/").body().contains("Maeve Halloran-Byrne"));
    }

    @Test
    void aTemplatesFolderCreatedAfterStartingIsWatched() {
        preview = new PreviewFixture(temp, PreviewStage.NONE);
        Path templates = preview.blog.resolve("src/templates");
        assertFalse(Files.exists(templates), "the example blog uses the theme's templates");
        afterRebuild(() -> createFolder(templates));
        afterRebuild(() -> PreviewFixture.save(templates.resolve("404.ftlh"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>Lost</title></head><body>Lost on the ward</body></html>"));
        assertTrue(preview.get("/no/such/page/").body().contains("Lost on the ward"));
    }

    @Test
    void theCampaignStageWritesItsPreviewAfterEachBuild() {
        PreviewStage stage = (blog, folder) -> PreviewFixture.save(folder.resolve("index.html"),
                "<!DOCTYPE html><html><body><p>" + blog.publishedPosts().size() + " posts to tweet</p></body></html>");
        preview = new PreviewFixture(temp, stage);
        HttpResponse<String> campaign = preview.get("/_rounds/campaign/");
        assertEquals(200, campaign.statusCode());
        assertTrue(campaign.body().contains("<p>10 posts to tweet</p><script>new EventSource("), campaign.body());
    }

    @Test
    void aFailingCampaignStageShowsItsProblemsOnlyOnTheCampaignPage() {
        PreviewStage stage = (blog, folder) -> {
            throw new InvalidInputException(Problem.error("campaign/tweet-3", 0, "The tweet names a patient's bed.",
                    "Remove the bed number."));
        };
        preview = new PreviewFixture(temp, stage);
        HttpResponse<String> campaign = preview.get("/_rounds/campaign/");
        assertEquals(500, campaign.statusCode());
        assertTrue(campaign.body().contains("campaign/tweet-3") && campaign.body().contains("Remove the bed number."));
        assertEquals(200, preview.get("/").statusCode(), "the site is still previewed");
    }

    @Test
    void theCampaignStageRunsBesideThePagesOnlyForPostsWithoutErrorsAndAFailedBuildShowsItsOwnProblems() {
        AtomicInteger runs = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        PreviewStage stage = (blog, folder) -> {
            threads.add(Thread.currentThread().getName());
            int run = runs.incrementAndGet();
            if (run == 2) {
                throw new InvalidInputException(Problem.error("campaign/run-2", 0, "Stage problem of a failed build.",
                        "Nothing."));
            }
            PreviewFixture.save(folder.resolve("index.html"), "<!DOCTYPE html><html><body><p>Campaign run "
                    + run + "</p></body></html>");
        };
        preview = new PreviewFixture(temp, stage);
        assertTrue(preview.get("/_rounds/campaign/").body().contains("Campaign run 1"));
        assertEquals(List.of("rounds-preview-stage"), threads, "the stage runs on its own thread, beside the pages");

        Path post = preview.post(HYPERKALEMIA);
        String original = PreviewFixture.read(post);
        afterRebuild(() -> PreviewFixture.save(post, breakTags(original)));
        assertEquals(1, runs.get(), "posts with an error are not given to the stage");

        Path templates = preview.blog.resolve("src/templates");
        afterRebuild(() -> {
            createFolder(templates);
            PreviewFixture.save(templates.resolve("post.ftlh"), "<p>${post.noSuchProperty}</p>");
            PreviewFixture.save(post, original);
        });
        assertEquals(2, runs.get(), "the posts were read without errors: the stage ran beside the pages");
        HttpResponse<String> campaign = preview.get("/_rounds/campaign/");
        assertEquals(500, campaign.statusCode(), "a build whose pages failed shows its problems, not the stage's page");
        assertTrue(campaign.body().contains("post.ftlh"), campaign.body());
        assertFalse(campaign.body().contains("Stage problem of a failed build"), campaign.body());

        afterRebuild(() -> deleteFile(templates.resolve("post.ftlh")));
        assertTrue(preview.get("/_rounds/campaign/").body().contains("Campaign run 3"));
        assertEquals(200, preview.get("/2025/02/hyperkalemia-five-steps/").statusCode());
    }

    /** Makes a change and waits for the reload event it causes, as an open page would. */
    private void afterRebuild(Runnable change) {
        long build = currentBuild();
        HttpResponse<Stream<String>> events = preview.sendForLines("/_rounds/events?build=" + build);
        CompletableFuture<Boolean> reloaded = CompletableFuture.supplyAsync(() -> {
            try (Stream<String> lines = events.body()) {
                return lines.anyMatch("event: reload"::equals);
            }
        });
        change.run();
        try {
            // A generous bound, only so that a broken watcher fails the test instead of hanging it.
            assertTrue(reloaded.get(60, TimeUnit.SECONDS));
        } catch (Exception notReloaded) {
            throw new AssertionError("no reload after the change; log: " + preview.log, notReloaded);
        }
    }

    private long currentBuild() {
        Matcher build = Pattern.compile("\\?build=(\\d+)").matcher(preview.get("/_rounds/campaign/").body());
        assertTrue(build.find());
        return Long.parseLong(build.group(1));
    }

    /** The YAML parser notices the unclosed list on the line after it. */
    private static boolean namesFileAndLine(String page) {
        return page.contains("<code>" + HYPERKALEMIA + ":8</code>");
    }

    private static String breakTags(String post) {
        String broken = post.replace("tags: [nephrology, electrolytes, emergencies]", BROKEN_TAGS);
        assertFalse(broken.equals(post));
        return broken;
    }

    private static void deleteFile(Path file) {
        try {
            Files.delete(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
