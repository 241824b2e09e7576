package dev.rounds.serve;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Has the JVM collect a save's garbage while the preview is idle, rather than in the middle of the next save.
 * <p>
 * A save's rebuild leaves tens of megabytes of garbage behind (the page keys of every page, the campaign preview's
 * split of every tweet). Left alone, the young generation fills every save or two, and the collection that empties it
 * stops whichever save it lands in: at 10,000 posts with the serial collector, 70-110 ms, copying everything that
 * save still holds at that moment. So {@link #DELAY_MILLIS} after a rebuild, once the browser has fetched its pages,
 * this allocates throwaway blocks until the young generation's collector runs: it then copies only what the blog
 * keeps, and the next save starts with an empty young generation.
 * <p>
 * It collects only when the young generation is more than {@link #MIN_USED_SHARE one sixteenth} full, stops allocating
 * as soon as a build starts, and does nothing on a JVM whose memory pools it does not recognise (no "Eden" pool).
 */
final class IdleCollector implements AutoCloseable {

    /** How long after a rebuild the collection waits: the browser reloads its pages well within it. */
    static final long DELAY_MILLIS = 400;

    /** Below this share of the young generation in use, the next save has room enough: nothing is done. */
    static final int MIN_USED_SHARE = 16;

    /**
     * The size of each throwaway block: small enough to be allocated in the young generation by every collector (G1
     * puts an array of half a region or more straight into the old generation, and its regions can be 1 MiB).
     */
    private static final int BLOCK = 256 * 1024;

    private final MemoryPoolMXBean eden;
    private final GarbageCollectorMXBean young;
    private final ScheduledExecutorService timer;
    private volatile boolean building;
    /** Where each block goes, so that no compiler can prove it unused and leave it out. */
    @SuppressWarnings("unused")
    private volatile byte[] sink;
    private ScheduledFuture<?> pending;
    private final AtomicInteger collections = new AtomicInteger();

    private IdleCollector(MemoryPoolMXBean eden, GarbageCollectorMXBean young) {
        this.eden = eden;
        this.young = young;
        this.timer = eden == null ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rounds-preview-idle-collector");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A collector for this JVM's young generation, or one that does nothing if it has none it can find. */
    static IdleCollector forThisJvm() {
        Optional<MemoryPoolMXBean> eden = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Eden"))
                .findFirst();
        Optional<GarbageCollectorMXBean> young = eden.flatMap(pool -> ManagementFactory.getGarbageCollectorMXBeans()
                .stream()
                .filter(collector -> Arrays.asList(collector.getMemoryPoolNames()).contains(pool.getName()))
                .findFirst());
        return young.isPresent() ? new IdleCollector(eden.get(), young.get()) : new IdleCollector(null, null);
    }

    /** A collector that never collects. */
    static IdleCollector off() {
        return new IdleCollector(null, null);
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
            pending = timer.schedule(this::collectNow, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Fills the young generation until its collector runs, if it is more than {@link #MIN_USED_SHARE one sixteenth}
     * full and no build is running.
     *
     * @return whether the young generation was collected
     */
    boolean collectNow() {
        if (eden == null || building) {
            return false;
        }
        MemoryUsage usage = eden.getUsage();
        // Its present size: the pool's maximum is what it could grow to with the heap.
        long capacity = usage.getCommitted();
        if (capacity <= 0 || usage.getUsed() < capacity / MIN_USED_SHARE) {
            return false;
        }
        long before = young.getCollectionCount();
        // Enough blocks to fill the whole young generation once, and a few more: its collector has run by then.
        long blocks = capacity / BLOCK + 16;
        boolean collected = false;
        for (long i = 0; i < blocks && !building && !collected; i++) {
            sink = new byte[BLOCK];
            collected = young.getCollectionCount() != before;
        }
        sink = null;
        if (collected) {
            collections.incrementAndGet();
        }
        return collected;
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
