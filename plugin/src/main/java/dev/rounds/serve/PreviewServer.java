package dev.rounds.serve;

import com.sun.net.httpserver.HttpServer;
import dev.rounds.build.BlogConfig;
import dev.rounds.core.Log;
import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live preview, as {@code hugo server} does it: builds the blog with drafts and future posts into a folder of its
 * own, serves it on 127.0.0.1, rebuilds when a post, template, static file or the authors file changes, and makes the
 * open pages reload. A broken post shows its problems in the browser until it is fixed.
 *
 * <pre>{@code
 * try (PreviewServer preview = PreviewServer.start(new PreviewOptions(config, 8080, PreviewStage.NONE), log, loader)) {
 *     preview.awaitClose();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final PreviewOptions options;
    private final HttpServer http;
    private final ExecutorService pool;
    private final LiveReload reload = new LiveReload();
    private final PreviewBuilder builder;
    private final SourceWatcher watcher;
    private final IdleCollector idleCollector;
    private final Log log;
    private final CountDownLatch closedSignal = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile BuildOutcome latest = BuildOutcome.none();

    private PreviewServer(PreviewOptions options, HttpServer http, Log log, ClassLoader themeLoader) {
        this.options = options;
        this.http = http;
        this.log = log;
        BlogConfig preview = options.previewConfig(siteUrl().toString());
        builder = new PreviewBuilder(preview, options.campaignFolder(), options.stage(), log, themeLoader,
                options.timings());
        watcher = new SourceWatcher(folders(options.blog()), files(options.blog()), this::rebuild);
        idleCollector = options.idleCollect() ? IdleCollector.forThisJvm() : IdleCollector.off();
        pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "rounds-preview-http");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Builds the preview, then serves it until {@link #close()}.
     *
     * @throws PortInUseException if another program listens on the port
     */
    public static PreviewServer start(PreviewOptions options, Log log, ClassLoader themeLoader) {
        Objects.requireNonNull(options, "options");
        HttpServer http = bind(options.port());
        PreviewServer server;
        try {
            server = new PreviewServer(options, http, log, themeLoader);
        } catch (RuntimeException failed) {
            http.stop(0);
            throw failed;
        }
        try {
            server.serve();
        } catch (RuntimeException failed) {
            server.close();
            throw failed;
        }
        return server;
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), port), 0);
        } catch (BindException taken) {
            throw new PortInUseException(port, taken);
        } catch (IOException failed) {
            throw new RoundsException("Cannot listen on " + HOST + ":" + port + ": " + failed.getMessage(), failed);
        }
    }

    private void serve() {
        // The watcher registered its folders already: changes made during this first build are not lost.
        long started = System.nanoTime();
        idleCollector.building();
        try {
            latest = builder.build();
            reload.reload(latest.generation());
        } finally {
            idleCollector.idle();
        }
        if (latest.siteBuilt()) {
            log.info("Built the preview in " + millisSince(started) + " ms into " + options.siteFolder() + ".");
        } else {
            log.warn("The preview could not be built: its pages show the problems until they are fixed.");
        }
        http.setExecutor(pool);
        http.createContext("/", new PreviewHandler(options.siteFolder(), options.campaignFolder(), () -> latest,
                reload)).getFilters().add(new LocalHostOnly());
        http.createContext(LiveReload.PATH, reload).getFilters().add(new LocalHostOnly());
        http.start();
        watcher.start();
    }

    private void rebuild(List<Path> changed, long saved) {
        long started = System.nanoTime();
        idleCollector.building();
        BuildOutcome outcome;
        try {
            outcome = builder.build(changed.stream().filter(path -> !path.equals(SourceWatcher.UNKNOWN)).toList(),
                    changed.contains(SourceWatcher.UNKNOWN));
            latest = outcome;
            reload.reload(outcome.generation());
        } finally {
            // Even after an error that escaped the build, the next save's garbage is collected between saves.
            idleCollector.idle();
        }
        String cause = describe(changed);
        if (!outcome.siteBuilt()) {
            log.warn("Build failed after a change to " + cause + ": the open pages show the problems.");
        } else if (!outcome.stageProblems().isEmpty()) {
            log.warn("Rebuilt in " + millisSince(started) + " ms after a change to " + cause
                    + ", but the campaign preview has problems: its page shows them.");
        } else {
            log.info("Rebuilt in " + millisSince(started) + " ms after a change to " + cause + " ("
                    + millisSince(saved) + " ms after the save)");
        }
    }

    /**
     * Names the changed files that still exist when there are any: an editor's save (or {@code sed -i}) creates and
     * deletes temporary files around the file it saves, and those are not worth mentioning.
     */
    private String describe(List<Path> all) {
        List<Path> existing = all.stream().filter(Files::exists).toList();
        List<Path> changed = existing.isEmpty() ? all : existing;
        Path first = changed.get(0);
        String name = first.equals(SourceWatcher.UNKNOWN) ? "many files" : options.blog().describe(first);
        int others = changed.size() - 1;
        return others == 0 ? name : name + " and " + others + (others == 1 ? " other file" : " other files");
    }

    private static List<Path> folders(BlogConfig blog) {
        List<Path> folders = new ArrayList<>();
        folders.add(blog.postsDirectory());
        if (blog.templatesDirectory() != null) {
            folders.add(blog.templatesDirectory());
        }
        if (blog.staticDirectory() != null) {
            folders.add(blog.staticDirectory());
        }
        return folders;
    }

    private static List<Path> files(BlogConfig blog) {
        return blog.authorsFile() == null ? List.of() : List.of(blog.authorsFile());
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    /** The port it listens on (the one chosen by the system when the options asked for 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The preview site's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI siteUrl() {
        return URI.create("http://" + HOST + ":" + port() + "/");
    }

    /** The campaign preview's address, e.g. {@code http://127.0.0.1:8080/_rounds/campaign/}. */
    public URI campaignUrl() {
        return siteUrl().resolve(PreviewHandler.CAMPAIGN.substring(1) + "/");
    }

    /** Waits until {@link #close()} is called (from a shutdown hook, say). */
    public void awaitClose() throws InterruptedException {
        closedSignal.await();
    }

    /** Waits until {@link #close()} is called or the time is up; true if it was closed. */
    public boolean awaitClose(Duration timeout) throws InterruptedException {
        return closedSignal.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops watching, ends the pages' event streams, stops serving and lets the last build's files reach the disk.
     * Safe to call more than once.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        watcher.close();
        idleCollector.close();
        reload.close();
        http.stop(0);
        pool.shutdownNow();
        builder.close();
        closedSignal.countDown();
    }
}
