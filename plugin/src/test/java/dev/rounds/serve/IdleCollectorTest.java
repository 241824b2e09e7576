package dev.rounds.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collection between saves, on the JVM running the tests: the young generation really is collected. */
class IdleCollectorTest {

    private static volatile Object kept;

    private static MemoryPoolMXBean eden() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Eden"))
                .findFirst().orElse(null);
    }

    private static long youngCollections(MemoryPoolMXBean eden) {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> Arrays.asList(collector.getMemoryPoolNames()).contains(eden.getName()))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Allocates small garbage until the young generation is at least a quarter full (without collecting it). */
    private static boolean fillAQuarter(MemoryPoolMXBean eden) {
        for (int attempt = 0; attempt < 20; attempt++) {
            long before = youngCollections(eden);
            List<byte[]> garbage = new ArrayList<>();
            while (youngCollections(eden) == before) {
                long capacity = eden.getUsage().getCommitted();
                if (eden.getUsage().getUsed() >= capacity / 4) {
                    kept = garbage;
                    kept = null;
                    return true;
                }
                garbage.add(new byte[16 * 1024]);
                if (garbage.size() > 64) {
                    garbage = new ArrayList<>();
                }
            }
        }
        return false;
    }

    @Test
    void aQuarterFullYoungGenerationIsCollectedAndLeftNearlyEmpty() {
        MemoryPoolMXBean eden = eden();
        assumeTrue(eden != null, "this JVM has no young generation pool named Eden");
        assumeTrue(fillAQuarter(eden), "could not fill the young generation without it being collected");
        long before = youngCollections(eden);
        try (IdleCollector collector = IdleCollector.forThisJvm()) {
            assertTrue(collector.collectNow(), "collected");
            assertEquals(1, collector.collections());
        }
        assertTrue(youngCollections(eden) > before, "the young collector ran");
        long capacity = eden.getUsage().getCommitted();
        assertTrue(eden.getUsage().getUsed() < capacity / 4,
                "the young generation is emptier than before: " + eden.getUsage());
    }

    @Test
    void nothingIsDoneWhileABuildRuns() {
        MemoryPoolMXBean eden = eden();
        assumeTrue(eden != null, "this JVM has no young generation pool named Eden");
        assumeTrue(fillAQuarter(eden), "could not fill the young generation without it being collected");
        try (IdleCollector collector = IdleCollector.forThisJvm()) {
            collector.building();
            assertFalse(collector.collectNow(), "no collection while building");
            assertEquals(0, collector.collections());
        }
    }

    @Test
    void theCollectorTurnedOffNeverCollects() {
        MemoryPoolMXBean eden = eden();
        assumeTrue(eden != null, "this JVM has no young generation pool named Eden");
        assumeTrue(fillAQuarter(eden), "could not fill the young generation without it being collected");
        try (IdleCollector collector = IdleCollector.off()) {
            assertFalse(collector.collectNow());
        }
    }

    @Test
    void aCollectionIsDueAfterTheBuildAndCalledOffByTheNextOne() throws InterruptedException {
        MemoryPoolMXBean eden = eden();
        assumeTrue(eden != null, "this JVM has no young generation pool named Eden");
        assumeTrue(fillAQuarter(eden), "could not fill the young generation without it being collected");
        try (IdleCollector collector = IdleCollector.forThisJvm()) {
            collector.idle();
            collector.building();
            Thread.sleep(IdleCollector.DELAY_MILLIS * 2);
            assertEquals(0, collector.collections(), "called off by the next build");
            long before = youngCollections(eden);
            collector.idle();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (collector.collections() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, collector.collections(), "collected once after the build");
            assertTrue(youngCollections(eden) > before, "the young collector ran");
        }
    }
}
