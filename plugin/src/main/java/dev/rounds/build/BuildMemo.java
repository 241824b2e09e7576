package dev.rounds.build;

import dev.rounds.core.Problem;
import dev.rounds.core.RelativeNames;
import dev.rounds.site.Post;
import dev.rounds.site.Templates;
import dev.rounds.core.RunStamp;
import dev.rounds.core.SortedNames;
import dev.rounds.source.PostScanner;
import dev.rounds.source.SourcePost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * What one long-running process (rounds:serve rebuilds at every save) keeps in memory between its builds.
 * <ul>
 * <li>Posts: a post whose file, bundle, settings and clock are what they were is neither read nor assembled again,
 * and its body, once rendered, is not rendered again. The problems it had are reported again with it.</li>
 * <li>The posts folder: when the owner tells the memo of every change ({@link #watched()}, {@link #changed}), a build
 * looks only at the files that changed instead of walking the folder, as long as no file was added or removed.</li>
 * <li>The last build's stamp and manifest, so a build does not read them back from disk; they are still written,
 * on a thread of their own, for the next process ({@link #persist}).</li>
 * <li>Each page's last model and its digest, so a page whose model holds the same posts (the same objects) and
 * equal values is not digested again ({@link ModelDigest}).</li>
 * </ul>
 * Thread-safe.
 */
public final class BuildMemo implements AutoCloseable {

    /**
     * The posts folder as a build saw it: every regular file's size and time by path under the folder ({@code names}
     * sorted), and the posts found in it with their paths under the folder ({@code foundNames}, in the same order).
     */
    record PostsFolder(Path root, Map<String, RunStamp.FileState> states, List<String> names,
                       List<PostScanner.Found> found, List<String> foundNames) {
    }

    private final boolean watched;
    private PostsFolder folder;
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean lostTrack;
    private InputChunks inputChunks;
    private PostListing listing;
    private RunStamp stamp;
    private BuildManifest manifest;
    private ModelDigest.Carried models = ModelDigest.Carried.NOTHING;
    /** The order of the names in the stamp's inputs and outputs and the manifest's files, written after every save. */
    private final SortedNames stampInputs = new SortedNames();
    private final SortedNames stampOutputs = new SortedNames();
    private final SortedNames manifestFiles = new SortedNames();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rounds-memo-writer");
        thread.setDaemon(true);
        return thread;
    });
    private Supplier<Left> unwritten;
    private Future<?> written = CompletableFuture.completedFuture(null);

    /** A memo that is not told of changes: every build walks the posts folder. */
    public BuildMemo() {
        this(false);
    }

    private BuildMemo(boolean watched) {
        this.watched = watched;
    }

    /**
     * A memo whose owner tells it of every change under the posts folder ({@link #changed}, {@link #lostTrack()})
     * before each build, as a file watcher does; files whose names start with a dot are not posts and need not be told.
     */
    public static BuildMemo watched() {
        return new BuildMemo(true);
    }

    /** These files or folders (absolute paths) were created, changed or removed since the last build. */
    public synchronized void changed(Collection<Path> paths) {
        paths.forEach(path -> pending.add(path.toAbsolutePath().normalize()));
    }

    /** Something changed, but what is unknown (the watcher dropped events): the next build walks the folder. */
    public synchronized void lostTrack() {
        lostTrack = true;
    }

    /**
     * The posts folder now, without walking it: the last build's view with each file told of since looked at again.
     * Empty when only a walk can tell (a memo that is not told of changes, no walk yet, a file added or removed, a
     * folder changed, or events lost).
     */
    synchronized Optional<PostsFolder> postsFolder(Path root) {
        Path posts = root.toAbsolutePath().normalize();
        if (!watched || lostTrack || folder == null || !folder.root().equals(posts)) {
            return Optional.empty();
        }
        Map<String, RunStamp.FileState> states = null;
        for (Path path : pending) {
            if (!path.startsWith(posts)) {
                continue; // a template, a static file or the authors file: not the posts folder's business
            }
            if (path.equals(posts)) {
                return Optional.empty();
            }
            String name = RelativeNames.of(posts, path);
            RunStamp.FileState before = folder.states().get(name);
            BasicFileAttributes now;
            try {
                now = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException gone) {
                now = null;
            }
            if (before == null || now == null || !now.isRegularFile()) {
                // Added, removed, a folder, or something else: the posts found may differ. (A scratch file an editor
                // made and removed again, which was never seen, is the one case that needs no walk.)
                if (before == null && now == null && !holdsFiles(folder, name)) {
                    continue;
                }
                return Optional.empty();
            }
            if (states == null) {
                states = new HashMap<>(folder.states());
            }
            states.put(name, RunStamp.stateOf(now));
        }
        pending.clear();
        if (states != null) {
            folder = new PostsFolder(posts, Collections.unmodifiableMap(states), folder.names(), folder.found(),
                    folder.foundNames());
        }
        return Optional.of(folder);
    }

    private static boolean holdsFiles(PostsFolder folder, String name) {
        String prefix = name + "/";
        return folder.states().keySet().stream().anyMatch(file -> file.startsWith(prefix));
    }

    /** The posts folder as just walked (the walk took every change told so far into account). */
    synchronized void walked(Path root, Map<String, RunStamp.FileState> states, List<String> names,
                             List<PostScanner.Found> found, List<String> foundNames) {
        folder = new PostsFolder(root.toAbsolutePath().normalize(), Map.copyOf(states), List.copyOf(names),
                List.copyOf(found), List.copyOf(foundNames));
        pending.clear();
        lostTrack = false;
    }

    /** The posts folder's files in chunks with their digests, as the last build took them (null: none yet). */
    /** What the last build made of its posts' heads, or null. */
    synchronized PostListing listing() {
        return listing;
    }

    synchronized void listing(PostListing listing) {
        this.listing = listing;
    }

    synchronized InputChunks inputChunks() {
        return inputChunks;
    }

    synchronized void inputChunks(InputChunks chunks) {
        this.inputChunks = chunks;
    }

    /** The last build's stamp, if this process made it (null: read it from disk). */
    synchronized RunStamp stamp() {
        return stamp;
    }

    /** The last build's manifest, likewise. */
    synchronized BuildManifest manifest() {
        return manifest;
    }

    /** Writes the stamp and manifest a build leaves, their names in the order the last ones had if still the same. */
    void write(RunStamp stamp, Path stampFile, BuildManifest manifest, Path manifestFile) {
        manifest.write(manifestFile, manifestFiles);
        stamp.write(stampFile, stampInputs, stampOutputs);
    }

    /** Each page's last model and digest, by file, and the digests of the records in them. */
    synchronized ModelDigest.Carried models() {
        return models;
    }

    /** A build's stamp and manifest. */
    record Left(RunStamp stamp, BuildManifest manifest) {
    }

    /**
     * What a build left: its pages' models, kept now; and {@code make}, which makes its stamp and manifest and puts
     * them on disk. That runs on the memo's own thread once the owner says {@link #persist()} (after the stages that
     * follow a build), so the page is served without waiting; the next build waits for it ({@link #settle()}) and
     * takes both from memory.
     */
    synchronized void built(Supplier<Left> make, ModelDigest.Carried models) {
        this.models = models;
        unwritten = make;
    }

    /** Starts making and writing what the last build left, on the memo's thread (after the stages after a build). */
    public synchronized void persist() {
        if (unwritten != null) {
            Supplier<Left> make = unwritten;
            unwritten = null;
            written = writer.submit(() -> {
                Left left = make.get();
                synchronized (this) {
                    stamp = left.stamp();
                    manifest = left.manifest();
                }
            });
        }
    }

    /** A build failed or started: what the last one left no longer stands until the next one ends. */
    synchronized void unbuilt() {
        stamp = null;
        manifest = null;
    }

    /** Waits until what the last build left is on disk (before the next build changes the same files). */
    void settle() {
        persist();
        Future<?> pendingWrite;
        synchronized (this) {
            pendingWrite = written;
        }
        try {
            pendingWrite.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            // Nothing was kept: the next build reads what is on disk (a failed write was logged by its build).
        }
    }

    /** Finishes the last write. */
    @Override
    public void close() {
        settle();
        writer.shutdown();
    }

    /**
     * A file as read: the key it was read under, what came of it, the problems reading it found, and whether its
     * body must be rendered in every build (rendering it can report a problem).
     */
    record Read(Key key, Optional<SourcePost> source, List<Problem> problems, boolean renderNow) {
    }

    /** A post as assembled, likewise. */
    record Assembled(Key key, Optional<Post> post, List<Problem> problems) {
    }

    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    private final Map<Path, Assembled> assembled = new ConcurrentHashMap<>();
    private String templatesKey;
    private Templates templates;

    /**
     * What a post was read or assembled from: its file's digest, its bundle's files, the build's fingerprint and (for
     * assembling) the clock. Compared part by part, and an unchanged file's digest and the fingerprint are the very
     * strings the last build had ({@link #canonical}), so an unchanged post's key is equal at a glance.
     */
    record Key(String digest, List<Path> bundle, String fingerprint, java.time.Instant now) {

        // Written out: a record's own equals goes through method handles, which Java 17 runs slowly without its
        // optimising compiler, and rounds:serve compares two keys per post per save. An unchanged post's strings are
        // the very ones of last time, so most comparisons end at the identity check.
        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key)) {
                return false;
            }
            return same(digest, key.digest) && same(fingerprint, key.fingerprint) && same(bundle, key.bundle)
                    && same(now, key.now);
        }

        private static boolean same(Object a, Object b) {
            return a == b || a != null && a.equals(b);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(digest, bundle, fingerprint, now);
        }
    }

    private String fingerprint;

    /** The last build's fingerprint string when this one is equal to it, so keys that hold it compare at once. */
    synchronized String canonical(String fingerprint) {
        if (!fingerprint.equals(this.fingerprint)) {
            this.fingerprint = fingerprint;
        }
        return this.fingerprint;
    }

    Optional<Read> read(Path file, Key key) {
        return Optional.ofNullable(reads.get(file)).filter(read -> read.key().equals(key));
    }

    void read(Path file, Read read) {
        reads.put(file, read);
    }

    Optional<Assembled> assembled(Path file, Key key) {
        return Optional.ofNullable(assembled.get(file)).filter(post -> post.key().equals(key));
    }

    void assembled(Path file, Assembled post) {
        assembled.put(file, post);
    }

    /**
     * The templates of the last build if they were made for the same fingerprint (the same template files, theme and
     * settings), otherwise new ones: FreeMarker keeps each template parsed.
     */
    synchronized Templates templates(String fingerprint, Supplier<Templates> make) {
        if (templates == null || !fingerprint.equals(templatesKey)) {
            templates = make.get();
            templatesKey = fingerprint;
        }
        return templates;
    }

    /** Forgets the files that are gone. */
    void keepOnly(Collection<Path> files) {
        Set<Path> kept = new HashSet<>(files);
        reads.keySet().retainAll(kept);
        assembled.keySet().retainAll(kept);
    }
}
