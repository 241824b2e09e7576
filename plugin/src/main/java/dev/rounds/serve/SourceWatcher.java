package dev.rounds.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the blog's sources (folders recursively, single files through their folder) and reports each burst of
 * changes once: an editor's save is often several events (write, rename, touch), so events are gathered until the
 * files have been quiet for {@link #QUIET_MILLIS}. Folders created later are watched too, including a source folder
 * that did not exist when watching started (the blog's first template, say).
 */
final class SourceWatcher implements AutoCloseable {

    /** Told of each burst of changes. */
    @FunctionalInterface
    interface Listener {
        /**
         * @param changed the changed paths, in order of first change
         * @param firstSeen when the burst's first change was seen ({@link System#nanoTime()}): the save
         */
        void changed(List<Path> changed, long firstSeen);
    }

    /**
     * How long the files must be quiet before a burst is reported. The events of one save arrive within a few
     * milliseconds of each other; the page should be rebuilt within 200 ms of the save, so the wait stays short (a
     * write that takes longer gives a second burst and a second rebuild, which shows the finished file).
     */
    static final long QUIET_MILLIS = 30;

    /** Reported instead of file names when the system dropped events: something changed, but what is unknown. */
    static final Path UNKNOWN = Path.of("(many files)");

    private final List<Path> folders;
    private final List<Path> files;
    private final Listener onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * @param folders folders whose whole tree is watched (they may not exist yet)
     * @param files single files (they may not exist yet)
     * @param onChange called on the watcher's thread with the changed paths of each burst, in order of first change
     */
    SourceWatcher(List<Path> folders, List<Path> files, Listener onChange) {
        this.folders = folders.stream().map(SourceWatcher::absolute).toList();
        this.files = files.stream().map(SourceWatcher::absolute).toList();
        this.onChange = onChange;
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path folder : this.folders) {
                watchParent(folder);
                watchTree(folder);
            }
            for (Path file : this.files) {
                watchParent(file);
            }
        } catch (IOException failed) {
            throw new RoundsException("Cannot watch the blog's files for changes: " + failed.getMessage(), failed);
        }
        thread = new Thread(this::run, "rounds-preview-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey first = service.take();
                long firstSeen = System.nanoTime();
                collect(first, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.changed(List.copyOf(changed), firstSeen);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // close() was called: the thread ends.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(UNKNOWN);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (relevant(path)) {
                changed.add(path);
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                    watchTree(path);
                }
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    /** Inside a watched tree, or one of the watched files, and not an editor's scratch file. */
    private boolean relevant(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.equals("4913")) {
            return false;
        }
        return files.contains(path) || folders.stream().anyMatch(path::startsWith);
    }

    private void watchParent(Path path) throws IOException {
        Path parent = path.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            watched.put(parent.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), parent);
        }
    }

    /**
     * Watches a folder and every folder under it. Each folder is registered before it is listed: a subfolder made
     * after that sends an event (and is watched then), one made before is found by the listing. (Walking first and
     * registering after lost a folder made in between, with every file later saved in it.)
     */
    private void watchTree(Path root) {
        Deque<Path> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Path folder = pending.pop();
            try {
                watched.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            } catch (NoSuchFileException gone) {
                continue; // deleted meanwhile: its parent's event covers it
            } catch (IOException failed) {
                throw new RoundsException("Cannot watch " + folder + ": " + failed.getMessage(), failed);
            }
            try (Stream<Path> children = Files.list(folder)) {
                children.filter(Files::isDirectory).forEach(pending::push);
            } catch (NoSuchFileException | java.io.UncheckedIOException gone) {
                // deleted while we looked
            } catch (IOException failed) {
                throw new RoundsException("Cannot watch " + folder + ": " + failed.getMessage(), failed);
            }
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        try {
            service.close();
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (IOException ignored) {
            // closing a watch service does not fail in a way worth reporting
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
