package dev.rounds.serve;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BuildMemo;
import dev.rounds.build.BlogConfig;
import dev.rounds.build.BuiltBlog;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.core.RoundsException;
import dev.rounds.core.Timings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One preview build: the whole site (a full rebuild; the engine writes only changed files), with the preview stage
 * beside its pages once the posts are read.
 * A failure becomes problems to show in the browser rather than an exception, because the server outlives it: the
 * author fixes the post, saves, and the next build recovers.
 */
final class PreviewBuilder {

    private final BlogConfig config;
    private final Path stageFolder;
    private final PreviewStage stage;
    private final Log log;
    private final Log builderLog;
    private final ClassLoader themeLoader;
    private final boolean reportTimings;
    private long generation;
    /**
     * What is kept between saves: a save reads and assembles only the files that changed, and looks only at the
     * files the watcher names.
     */
    private final BuildMemo memo = BuildMemo.watched();
    /** Runs the stage beside the site's pages (one build at a time, so one thread). */
    private final ExecutorService stageThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rounds-preview-stage");
        thread.setDaemon(true);
        return thread;
    });

    PreviewBuilder(BlogConfig config, Path stageFolder, PreviewStage stage, Log log, ClassLoader themeLoader,
                   boolean reportTimings) {
        this.config = config;
        this.stageFolder = stageFolder;
        this.stage = stage;
        this.log = log;
        this.builderLog = quieter(log);
        this.themeLoader = themeLoader;
        this.reportTimings = reportTimings;
    }

    /** The first build. Runs on one thread at a time (the server's start, then the watcher's thread). */
    synchronized BuildOutcome build() {
        return build(List.of(), false);
    }

    /**
     * A build after changes: {@code changed} names every file or folder changed since the last build, unless
     * {@code lostTrack} (the watcher dropped events).
     */
    synchronized BuildOutcome build(List<Path> changed, boolean lostTrack) {
        memo.changed(changed);
        if (lostTrack) {
            memo.lostTrack();
        }
        generation++;
        Timings timings = reportTimings ? Timings.start() : Timings.off();
        // The stage starts once the posts are read and checked, and runs beside the pages being written.
        AtomicReference<Future<StageRun>> beside = new AtomicReference<>();
        BuiltBlog blog;
        try {
            blog = new BlogBuilder(config, builderLog, themeLoader).withMemo(memo).withTimings(timings)
                    .withPostsReady(posts -> beside.set(besideThePages(posts))).build();
        } catch (RuntimeException failed) {
            // A stage begun beside the pages ends before the next build. The pages show the build's problems, not the
            // stage's (the console has what the stage logged).
            await(beside.get());
            return failed(failed);
        }
        StageRun run;
        String when;
        if (beside.get() != null) {
            run = await(beside.get());
            when = "beside the pages";
        } else {
            run = timedStage(blog);
            when = "after the pages";
        }
        timings.lap(String.format(Locale.ROOT, "campaign preview (%.3f s, %s)", run.nanos() / 1e9, when));
        timings.report(log, "the preview build");
        memo.persist();
        return new BuildOutcome(generation, List.of(), run.problems());
    }

    /** What the stage found, and how long it took. */
    private record StageRun(List<Problem> problems, long nanos) {
    }

    private StageRun timedStage(BuiltBlog blog) {
        long start = System.nanoTime();
        List<Problem> problems = runStage(blog);
        return new StageRun(problems, System.nanoTime() - start);
    }

    /** The stage started on its own thread, or null if the server is stopping (the stage then runs after the pages). */
    private Future<StageRun> besideThePages(BuiltBlog posts) {
        try {
            return stageThread.submit(() -> timedStage(posts));
        } catch (RejectedExecutionException stopping) {
            return null;
        }
    }

    /**
     * The stage's run once it has ended: null if there was none; no problems if the wait was interrupted (the server is
     * stopping).
     */
    private StageRun await(Future<StageRun> run) {
        if (run == null) {
            return null;
        }
        try {
            return run.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new StageRun(List.of(), 0);
        } catch (ExecutionException unexpected) {
            // runStage turns every failure into problems; should anything else escape, show it as a bug.
            Throwable cause = unexpected.getCause();
            RuntimeException bug = cause instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(cause);
            log.error(stackTrace(bug));
            return new StageRun(List.of(bug(bug)), 0);
        }
    }

    private BuildOutcome failed(RuntimeException failed) {
        if (failed instanceof InvalidInputException invalid) {
            log.error(invalid.getMessage());
            return new BuildOutcome(generation, invalid.problems(), List.of());
        }
        if (failed instanceof RoundsException fault) {
            log.error(fault.getMessage());
            return new BuildOutcome(generation, List.of(fault(fault)), List.of());
        }
        // A bug in Rounds or the theme must not stop the preview: report it and keep serving.
        log.error(stackTrace(failed));
        return new BuildOutcome(generation, List.of(bug(failed)), List.of());
    }

    private List<Problem> runStage(BuiltBlog blog) {
        try {
            Files.createDirectories(stageFolder);
            stage.rebuild(blog, stageFolder);
            return List.of();
        } catch (InvalidInputException invalid) {
            log.error(invalid.getMessage());
            return invalid.problems();
        } catch (RoundsException fault) {
            log.error(fault.getMessage());
            return List.of(fault(fault));
        } catch (IOException unwritable) {
            log.error("Cannot create " + stageFolder + ": " + unwritable.getMessage());
            return List.of(Problem.error(stageFolder.toString(), 0, "Cannot create the folder: "
                    + unwritable.getMessage(), "Check that the build folder is writable."));
        } catch (RuntimeException bug) {
            log.error(stackTrace(bug));
            return List.of(bug(bug));
        }
    }

    /** Lets the last build's files reach the disk. */
    void close() {
        stageThread.shutdown();
        try {
            // A stage still writing its preview ends first (a build in progress waits for it anyway).
            stageThread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        memo.close();
    }

    /** The builder's summary line would repeat the server's own "Rebuilt in N ms" at every save. */
    private static Log quieter(Log log) {
        return new Log() {
            @Override public void debug(String message) { log.debug(message); }
            @Override public void info(String message) { log.debug(message); }
            @Override public void warn(String message) { log.warn(message); }
            @Override public void error(String message) { log.error(message); }
        };
    }

    private static Problem fault(RoundsException fault) {
        return Problem.error("Rounds", 0, fault.getMessage(), "Check the file or folder named; the console has details.");
    }

    private static Problem bug(RuntimeException bug) {
        return Problem.error("Rounds", 0, "The build failed unexpectedly: " + bug,
                "This is a bug in Rounds or its theme. The console shows the stack trace; please report it.");
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return "The preview build failed unexpectedly: " + text;
    }
}
