package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.campaign.output.PlanCacheFile;
import dev.rounds.core.Problem;
import dev.rounds.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The plan cache's files give back every plan exactly as it was put: any teasers (any text, findings acknowledged or
 * not, any wished-for instant) and any problems, under any keys, whichever of the cache's files they fall in.
 */
class PlanCacheFileProperties {

    @Property(tries = 50)
    void aPlanReadsBackAsItWasPut(@ForAll("plans") Map<String, PostPlan> plans) throws IOException {
        Path folder = Files.createTempDirectory("rounds-plan-cache").resolve("campaign-cache");
        try {
            PlanCacheFile cache = PlanCacheFile.open(folder);
            plans.forEach(cache::put);
            cache.save();
            PlanCacheFile again = PlanCacheFile.open(folder);
            plans.forEach((key, plan) -> assertEquals(Optional.of(plan), again.get(key), key));
            assertEquals(plans.size(), again.hits());
        } finally {
            try (var files = Files.walk(folder.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Map<String, PostPlan>> plans() {
        // Now and then a text longer than the codec's short form (21,845 characters).
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.strings().ofMaxLength(40)),
                Tuple.of(10, Arbitraries.of("", "Hand hygiene \u2014 5 moments", "\uD83D\uDE37 masks", "\uD800",
                        "a\nb")),
                Tuple.of(1, Arbitraries.of("\u00e9", "x").map(part -> part.repeat(22_000))));
        Arbitrary<GuardFinding> finding = Combinators.combine(text, text, text, text, text,
                Arbitraries.of(true, false)).as(GuardFinding::new);
        Arbitrary<Instant> when = Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L)
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999)
                        .map(nano -> Instant.ofEpochSecond(seconds, nano)));
        Arbitrary<Teaser> teaser = Combinators.combine(
                Combinators.combine(text, text, text, text, text).as(List::of),
                Arbitraries.integers().between(0, 280), Arbitraries.of(TeaserSource.class),
                finding.list().ofMaxSize(3), Arbitraries.integers().between(0, 9), when)
                .as((texts, length, source, findings, sequence, at) -> new Teaser(texts.get(0), texts.get(1),
                        texts.get(2), texts.get(3), texts.get(4), length, 280, source, texts.get(0) + "!", findings,
                        sequence, at));
        Arbitrary<Problem> problem = Combinators.combine(text, Arbitraries.integers().between(0, 5000),
                Arbitraries.of(Severity.class), text, text).as(Problem::new);
        Arbitrary<PostPlan> plan = Combinators.combine(teaser.list().ofMaxSize(6), problem.list().ofMaxSize(3))
                .as(PostPlan::new);
        return Arbitraries.maps(Arbitraries.strings().ofMinLength(1).ofMaxLength(64), plan).ofMaxSize(40);
    }
}
