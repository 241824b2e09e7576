package dev.rounds.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The campaign's files and the preview's pages are keyed by the text of their tweets, so the written-out
 * {@code toString} of {@link ScheduledTweet} and {@link GuardFinding} must give exactly what a record's generated one
 * gives (Java's rule: {@code Name[component=value, ...]}, lists as {@code [a, b]}): otherwise every stamp would be
 * lost, and, worse, two different tweets could read alike. Checked against that rule applied by reflection.
 */
class ScheduledTweetTextProperties {

    @Property(tries = 300)
    void aTweetReadsAsItsRecordWould(@ForAll("tweets") ScheduledTweet tweet) throws Exception {
        assertEquals(recordText(tweet), tweet.toString());
    }

    /** Java's record text, by the rule, with nested records and lists of them read the same way. */
    private static String recordText(Object value) throws Exception {
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                        .append(recordText(components[i].getAccessor().invoke(record)));
            }
            return text.append(']').toString();
        }
        if (value instanceof List<?> items) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(recordText(items.get(i)));
            }
            return text.append(']').toString();
        }
        return String.valueOf(value);
    }

    @Provide
    Arbitrary<ScheduledTweet> tweets() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> maybe = text.injectNull(0.2);
        Arbitrary<GuardFinding> finding = Builders.withBuilder(() -> new Object[6])
                .use(text).in((parts, value) -> set(parts, 0, value))
                .use(maybe).in((parts, value) -> set(parts, 1, value))
                .use(maybe).in((parts, value) -> set(parts, 2, value))
                .use(maybe).in((parts, value) -> set(parts, 3, value))
                .use(maybe).in((parts, value) -> set(parts, 4, value))
                .use(Arbitraries.of(true, false)).in((parts, value) -> set(parts, 5, value))
                .build(parts -> new GuardFinding((String) parts[0], (String) parts[1], (String) parts[2],
                        (String) parts[3], (String) parts[4], (Boolean) parts[5]));
        return Builders.withBuilder(() -> new Object[13])
                .use(text).in((parts, value) -> set(parts, 0, value))
                .use(maybe).in((parts, value) -> set(parts, 1, value))
                .use(maybe).in((parts, value) -> set(parts, 2, value))
                .use(text).in((parts, value) -> set(parts, 3, value))
                .use(maybe).in((parts, value) -> set(parts, 4, value))
                .use(Arbitraries.longs().between(0, 4_000_000_000L)).in((parts, value) -> set(parts, 5, value))
                .use(Arbitraries.integers().between(0, 140)).in((parts, value) -> set(parts, 6, value))
                .use(Arbitraries.of(TeaserSource.class)).in((parts, value) -> set(parts, 8, value))
                .use(maybe).in((parts, value) -> set(parts, 9, value))
                .use(Arbitraries.of(ScheduledTweet.Status.class)).in((parts, value) -> set(parts, 10, value))
                .use(finding.list().ofMaxSize(3)).in((parts, value) -> set(parts, 11, value))
                .use(Arbitraries.integers().between(0, 9)).in((parts, value) -> set(parts, 12, value))
                .build(parts -> new ScheduledTweet((String) parts[0], (String) parts[1], (String) parts[2],
                        (String) parts[3], (String) parts[4],
                        OffsetDateTime.ofInstant(Instant.ofEpochSecond((Long) parts[5]), ZoneOffset.UTC),
                        (Integer) parts[6], 140, (TeaserSource) parts[8], (String) parts[9],
                        (ScheduledTweet.Status) parts[10], castFindings(parts[11]), (Integer) parts[12]));
    }

    private static Object[] set(Object[] parts, int index, Object value) {
        parts[index] = value;
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static List<GuardFinding> castFindings(Object findings) {
        return (List<GuardFinding>) findings;
    }
}
