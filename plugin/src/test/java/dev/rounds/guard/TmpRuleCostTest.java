package dev.rounds.guard;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class TmpRuleCostTest {
    @Test
    void cost() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/tmp/s18-tweets.txt"))) texts.add(line.replace("\\\\n", "\n"));
        Map<Rule, long[]> cost = new EnumMap<>(Rule.class);
        for (int round = 0; round < 4; round++) {
            for (Rule r : Rule.values()) cost.put(r, new long[2]);
            for (String t : texts) {
                ScannedText st = new ScannedText(t);
                for (Rule r : Rule.values()) {
                    long t0 = System.nanoTime();
                    boolean may = r.mayMatch(st);
                    List<Hit> hits = r.find(st, "example.org");
                    long[] c = cost.get(r);
                    c[0] += System.nanoTime() - t0; if (may) c[1]++;
                }
            }
        }
        long total = cost.values().stream().mapToLong(c -> c[0]).sum();
        cost.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
            .forEach(e -> System.out.printf("RULECOST %-28s %6d ms  mayMatch %d%n", e.getKey(), e.getValue()[0] / 1_000_000, e.getValue()[1]));
        System.out.println("RULECOST total " + total / 1_000_000);
        org.junit.jupiter.api.Assertions.assertTrue(total > 0);
    }
}
