package dev.rounds.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The collection between saves, on the JVM running the tests: the young generation really is collected, only when it
 * is in use, and never while a build runs. Another thread's allocation can start a collection of its own
 * at any moment, so each check that needs the young generation in a given state is tried a few times.
 */
class IdleCollectorTest {

    private static final int ATTEMPTS = 5;

    private static volatile Object kept;

    private static MemoryPoolMXBean eden() {
        MemoryPoolMXBean eden = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Eden"))
                .findFirst().orElse(null);
        assumeTrue(eden != null, "this JVM has no young generation pool named Eden");
        return eden;
    }

    private static long collections(MemoryPoolMXBean eden) {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> Arrays.asList(collector.getMemoryPoolNames()).contains(eden.getName()))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Allocates garbage until the young generation is at least a quarter full; false if it was collected meanwhile. */
    private static boolean fillAQuarter(MemoryPoolMXBean eden) {
        long before = collections(eden);
        List<byte[]> garbage = new ArrayList<>();
        while (eden.getUsage().getUsed() < eden.getUsage().getCommitted() / 4) {
            garbage.add(new byte[16 * 1024]);
            if (garbage.size() > 64) {
                kept = garbage;
                garbage = new ArrayList<>();
            }
            if (collections(eden) != before) {
                return false;
            }
        }
        kept = null;
        return true;
    }

    private static boolean holdsInOneOf(int attempts, BooleanSupplier check) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (check.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    /** With the young generation a quarter full, {@code collector} does not collect it. */
    private static void assertLeftAlone(MemoryPoolMXBean eden, IdleCollector collector, String why) {
        assertTrue(holdsInOneOf(ATTEMPTS, () -> fillAQuarter(eden)));
        assertFalse(collector.collectNow(IdleCollector.MIN_USED_SHARE), why);
        assertEquals(0, collector.collections());
    }

    @Test
    void aYoungGenerationInUseIsCollectedAndEmptied() {
        MemoryPoolMXBean eden = eden();
        try (IdleCollector collector = IdleCollector.forThisJvm(Long.MAX_VALUE)) {
            assertTrue(holdsInOneOf(ATTEMPTS, () -> {
                if (!fillAQuarter(eden)) {
                    return false;
                }
                long before = collections(eden);
                long capacity = eden.getUsage().getCommitted();
                return collector.collectNow(IdleCollector.MIN_USED_SHARE) && collections(eden) > before
                        && eden.getUsage().getUsed() < capacity / 4;
            }), "collected, and less than a quarter full after: " + eden.getUsage());
            assertTrue(collector.collections() >= 1);
        }
    }

    @Test
    void aYoungGenerationLittleUsedIsLeftAlone() {
        MemoryPoolMXBean eden = eden();
        try (IdleCollector collector = IdleCollector.forThisJvm(Long.MAX_VALUE)) {
            assertTrue(holdsInOneOf(ATTEMPTS, () -> fillAQuarter(eden)));
            assertFalse(collector.collectNow(2), "less than half of it is in use");
            assertEquals(0, collector.collections());
        }
    }

    @Test
    void aLargeFreePartIsNotFilled() {
        MemoryPoolMXBean eden = eden();
        try (IdleCollector collector = IdleCollector.forThisJvm(0)) {
            assertLeftAlone(eden, collector, "more than nothing is free");
        }
    }

    @Test
    void nothingIsDoneWhileABuildRuns() {
        MemoryPoolMXBean eden = eden();
        try (IdleCollector collector = IdleCollector.forThisJvm(Long.MAX_VALUE)) {
            collector.building();
            assertLeftAlone(eden, collector, "no collection while building");
        }
    }

    @Test
    void theCollectorTurnedOffNeverCollects() {
        MemoryPoolMXBean eden = eden();
        try (IdleCollector collector = IdleCollector.off()) {
            assertLeftAlone(eden, collector, "turned off");
        }
    }

    @Test
    void aCollectionIsDueAfterTheBuildAndCalledOffByTheNextOne() throws InterruptedException {
        MemoryPoolMXBean eden = eden();
        try (IdleCollector collector = IdleCollector.forThisJvm(Long.MAX_VALUE)) {
            collector.idle();
            collector.building();
            Thread.sleep(IdleCollector.DELAY_MILLIS * 2);
            assertEquals(0, collector.collections(), "called off by the next build");
            assertTrue(holdsInOneOf(ATTEMPTS, () -> {
                if (!fillAQuarter(eden)) {
                    return false;
                }
                collector.building();
                collector.idle();
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (collector.collections() == 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                return collector.collections() == 1;
            }), "collected once after the build");
        }
    }
}
