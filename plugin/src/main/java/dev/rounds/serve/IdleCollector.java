package dev.rounds.serve;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Has the JVM collect the garbage of the preview's saves while it is idle, rather than in the middle of a save.
 * <p>
 * A save's rebuild leaves tens of megabytes of garbage behind (the page keys of every page, the campaign preview's
 * split of every tweet). Left alone, the young generation fills every two or three saves, and the collection that
 * empties it stops whichever save it lands in: at 10,000 posts with the serial collector, 80-160 ms, copying
 * everything that save still holds at that moment. So {@link #DELAY_MILLIS} after a rebuild, once the browser has
 * fetched its pages, this allocates throwaway blocks until the young generation's collector runs, if the young
 * generation is more than {@link #MIN_USED_SHARE one sixteenth} full. That collector then copies only what the blog
 * keeps (about 30 ms at 10,000 posts), and the next save starts with an empty young generation.
 * <p>
 * What a save keeps (its pages' keys, the preview's schedule) is replaced by the next save's, so collecting after every
 * save moves more of it to the old generation, and its full collections (0.3-0.5 s at 10,000 posts) come sooner: every
 * twenty-odd title saves, and then between saves, started by this collection. Waiting for the young generation to be
 * nearly full was tried, and measured worse: what a save allocates after the build (the caches written to disk) is
 * hard to foresee, and a save that did not fit was paused again.
 * <p>
 * It stops allocating as soon as a build starts (a block allocated at that moment may still start a collection inside
 * the build), leaves a young generation with more than {@link #MAX_FILL} free alone, and does nothing on a JVM
 * without a heap pool named "Eden": it works with the serial, parallel and G1 collectors, not with ZGC or Shenandoah.
 */
final class IdleCollector implements AutoCloseable {

    /** How long after a rebuild the collection waits: the browser reloads its pages well within it. */
    static final long DELAY_MILLIS = 400;

    /** Below this share of the young generation in use, the next save has room enough: nothing is done. */
    static final int MIN_USED_SHARE = 16;

    /**
     * The most it fills: with more free than this (a large young generation, as G1 gives a large heap), several saves
     * fit before the next collection, and filling it all after every save would cost more CPU than the pause it
     * moves (zeroing 512 MiB takes some 60 ms). The serial collector's young generation stays below it up to a heap of
     * about 2 GiB (at 10,000 posts the preview's heap was 1 GiB).
     */
    static final long MAX_FILL = 512L << 20;

    /**
     * The size of each throwaway block: small enough to be allocated in the young generation by every collector (G1
     * puts an array of half a region or more straight into the old generation, and its regions can be 1 MiB).
     */
    private static final int BLOCK = 256 * 1024;

    private final MemoryPoolMXBean eden;
    /** Every collector that empties {@link #eden} (the young one, and a full one that may come instead). */
    private final List<GarbageCollectorMXBean> collectors;
    private final ScheduledThreadPoolExecutor timer;
    private final long maxFill;
    private volatile boolean building;
    /** Where each block goes, so that no compiler can prove it unused and leave it out. */
    @SuppressWarnings("unused")
    private volatile byte[] sink;
    /** Guarded by this: the collection due. */
    private ScheduledFuture<?> pending;
    private final AtomicInteger collections = new AtomicInteger();

    private IdleCollector(MemoryPoolMXBean eden, List<GarbageCollectorMXBean> collectors, long maxFill) {
        this.eden = eden;
        this.collectors = collectors;
        this.maxFill = maxFill;
        if (eden == null) {
            this.timer = null;
        } else {
            this.timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "rounds-preview-idle-collector");
                thread.setDaemon(true);
                return thread;
            });
            this.timer.setRemoveOnCancelPolicy(true);
        }
    }

    /** A collector for this JVM's young generation, or one that does nothing if it has none it can find. */
    static IdleCollector forThisJvm() {
        return forThisJvm(MAX_FILL);
    }

    /** As {@link #forThisJvm()}, filling at most {@code maxFill} bytes (tests run on heaps of any size). */
    static IdleCollector forThisJvm(long maxFill) {
        MemoryPoolMXBean eden = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Eden"))
                .findFirst().orElse(null);
        if (eden == null) {
            return off();
        }
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> Arrays.asList(collector.getMemoryPoolNames()).contains(eden.getName()))
                .toList();
        return collectors.isEmpty() ? off() : new IdleCollector(eden, collectors, maxFill);
    }

    /** A collector that never collects. */
    static IdleCollector off() {
        return new IdleCollector(null, List.of(), 0);
    }

    /** A build starts: a collection not begun yet is called off, and one allocating stops. */
    synchronized void building() {
        building = true;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** A build ended: the collection is due {@link #DELAY_MILLIS} later, unless another build starts first. */
    synchronized void idle() {
        building = false;
        if (timer != null && !timer.isShutdown()) {
            pending = timer.schedule(() -> collectNow(MIN_USED_SHARE), DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Fills the young generation until its collector runs, if more than {@code 1 / share} of it is in use, no more
     * than {@link #MAX_FILL} of it is free, and no build is running.
     *
     * @return whether the young generation was collected
     */
    boolean collectNow(int share) {
        if (eden == null || building) {
            return false;
        }
        // Its present size: the pool's maximum is what it could grow to with the heap.
        long capacity = eden.getUsage().getCommitted();
        long used = eden.getUsage().getUsed();
        if (capacity <= 0 || used <= capacity / share || capacity - used > maxFill) {
            return false;
        }
        long before = collectionCount();
        // Enough blocks to fill the whole young generation once, and a few more: its collector has run by then.
        long blocks = capacity / BLOCK + 16;
        boolean collected = false;
        for (long i = 0; i < blocks && !building && !collected; i++) {
            sink = new byte[BLOCK];
            collected = collectionCount() != before;
        }
        sink = null;
        if (collected) {
            collections.incrementAndGet();
        }
        return collected;
    }

    private long collectionCount() {
        long count = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }

    /** How many times it had the young generation collected. */
    int collections() {
        return collections.get();
    }

    @Override
    public synchronized void close() {
        building = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
