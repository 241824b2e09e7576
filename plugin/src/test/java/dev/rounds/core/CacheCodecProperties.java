package dev.rounds.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The read cache's codec gives back exactly what it was given, for every tree of the values a post's reading makes:
 * the same classes, the same values (dates with their zone and offset, text with lone surrogates, numbers to the bit),
 * the same order; and it refuses what it must not read.
 */
class CacheCodecProperties {

    /** A record of the kind the cache holds, with a nested list of anything and an enum. */
    public record Sample(String name, int count, boolean flag, List<Object> items, Kind kind, Sample inner) {
        public Sample {
            items = items == null ? null : new ArrayList<>(items);
        }
    }

    public enum Kind { ONE, TWO { @Override public String toString() { return "two"; } } }

    /** A record whose components are not what a stream names. */
    public record Renamed(String other) { }

    @Property(tries = 3000)
    void everyValueReadsBackAsItWasWritten(@ForAll("values") Object value) throws Exception {
        Object back = roundTrip(value);
        assertEquals(normal(value), normal(back), () -> String.valueOf(value));
    }

    @Property(tries = 300)
    void manyValuesInOneStreamShareTheirTypeNames(@ForAll("lists") List<Object> values) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        CacheCodec.Writer writer = new CacheCodec.Writer(out);
        for (Object value : values) {
            writer.write(value);
        }
        out.flush();
        CacheCodec.Reader reader = new CacheCodec.Reader(new DataInputStream(new ByteArrayInputStream(
                bytes.toByteArray())));
        for (Object value : values) {
            assertEquals(normal(value), normal(reader.read()));
        }
    }

    @Property(tries = 1000)
    void theCanonicalDigestIgnoresTheOrderOfMapsAndSetsAndNothingElse(@ForAll("values") Object value)
            throws Exception {
        String digest = CacheCodec.digestOf(value);
        assertEquals(digest, CacheCodec.digestOf(reversed(value)), () -> String.valueOf(value));
        assertEquals(digest, CacheCodec.digestOf(roundTrip(value)));
        assertNotEquals(digest, CacheCodec.digestOf(java.util.Arrays.asList(value, "one more")));
    }

    /** The same value with every map's and set's entries in the opposite order. */
    private static Object reversed(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            java.util.Collections.reverse(entries);
            Map<Object, Object> turned = new LinkedHashMap<>();
            entries.forEach(entry -> turned.put(entry.getKey(), reversed(entry.getValue())));
            return turned;
        }
        if (value instanceof Set<?> set) {
            List<Object> items = new ArrayList<>(set);
            java.util.Collections.reverse(items);
            return new LinkedHashSet<>(items);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(CacheCodecProperties::reversed).toList());
        }
        return value;
    }

    @Example
    void valuesItCannotWriteExactlyAreRefused() {
        assertFalse(CacheCodec.writable(new AtomicInteger(3)));
        assertFalse(CacheCodec.writable(new java.sql.Date(0)));
        assertFalse(CacheCodec.writable(List.of(Map.of("k", new StringBuilder("x")))));
        assertFalse(CacheCodec.writable(java.time.Duration.ZERO));
        assertTrue(CacheCodec.writable(List.of(Map.of("k", new Date(0)))));
    }

    @Example
    void aStreamNamingAClassThatIsNotOneOfOurRecordsIsRefused() throws IOException {
        for (String name : List.of("java.lang.ProcessBuilder", "java.util.ArrayList", "dev.rounds.NoSuchRecord",
                Renamed.class.getName())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(22);
            out.writeUTF(name);
            out.writeShort(1);
            out.writeUTF("name");
            out.writeByte(20);
            out.writeShort(0);
            out.writeByte(0);
            out.flush();
            CacheCodec.Reader reader = new CacheCodec.Reader(new DataInputStream(new ByteArrayInputStream(
                    bytes.toByteArray())));
            assertThrows(IOException.class, reader::read, name);
        }
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        new CacheCodec.Writer(out).write(value);
        out.flush();
        return new CacheCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))).read();
    }

    /** A form that compares by everything that must survive: classes, exact values, order, zones. */
    private static Object normal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            List<Byte> list = new ArrayList<>();
            for (byte b : bytes) {
                list.add(b);
            }
            return List.of("bytes", list);
        }
        if (value instanceof List<?> list) {
            return List.of("list", list.stream().map(CacheCodecProperties::normal).toList());
        }
        if (value instanceof Set<?> set) {
            return List.of("set", set.stream().map(CacheCodecProperties::normal).toList());
        }
        if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(List.of(normal(k), normal(v))));
            return List.of("map", entries);
        }
        if (value instanceof Record record) {
            List<Object> parts = new ArrayList<>();
            parts.add(record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    parts.add(normal(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException unreadable) {
                    throw new AssertionError(unreadable);
                }
            }
            return parts;
        }
        if (value instanceof ZonedDateTime time) {
            return List.of("zoned", time.toLocalDateTime(), time.getOffset(), time.getZone());
        }
        if (value instanceof Date date) {
            return List.of(value.getClass(), date.getTime());
        }
        if (value instanceof Double number) {
            return List.of(Double.class, Double.doubleToRawLongBits(number));
        }
        if (value instanceof Float number) {
            return List.of(Float.class, Float.floatToRawIntBits(number));
        }
        if (value instanceof BigDecimal number) {
            return List.of(BigDecimal.class, number.unscaledValue(), number.scale());
        }
        return List.of(value.getClass(), value);
    }

    @Provide
    Arbitrary<Object> values() {
        return tree(3);
    }

    @Provide
    Arbitrary<List<Object>> lists() {
        return tree(2).list().ofMaxSize(6);
    }

    /** Values nested at most {@code depth} containers deep. */
    private Arbitrary<Object> tree(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Object> inner = tree(depth - 1);
        Arbitrary<Object> list = inner.list().ofMaxSize(4).map(items -> (Object) new ArrayList<>(items));
        Arbitrary<Object> map = Arbitraries.entries(Arbitraries.oneOf(texts().map(text -> (Object) text),
                        Arbitraries.integers().map(number -> (Object) number)), inner)
                .list().ofMaxSize(4).map(entries -> {
                    Map<Object, Object> made = new LinkedHashMap<>();
                    entries.forEach(entry -> made.put(entry.getKey(), entry.getValue()));
                    return made;
                });
        Arbitrary<Object> set = texts().list().ofMaxSize(4).map(items -> new LinkedHashSet<Object>(items));
        Arbitrary<Object> sample = net.jqwik.api.Combinators.combine(texts(), Arbitraries.integers(),
                        Arbitraries.of(true, false), inner.list().ofMaxSize(3).injectNull(0.2),
                        Arbitraries.of(Kind.class).injectNull(0.2))
                .as((name, count, flag, items, kind) -> (Object) new Sample(name, count, flag, items, kind,
                        depth > 1 ? new Sample("inner", depth, false, List.of(), Kind.TWO, null) : null));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, leaf()), net.jqwik.api.Tuple.of(2, list),
                net.jqwik.api.Tuple.of(2, map), net.jqwik.api.Tuple.of(1, set), net.jqwik.api.Tuple.of(2, sample));
    }

    private Arbitrary<Object> leaf() {
        return Arbitraries.oneOf(
                texts().map(text -> (Object) text),
                Arbitraries.just(null),
                Arbitraries.of(true, false).map(flag -> (Object) flag),
                Arbitraries.integers().map(number -> (Object) number),
                Arbitraries.longs().map(number -> (Object) number),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(-0.0)
                        .withSpecialValue(Double.NEGATIVE_INFINITY).map(number -> (Object) number),
                Arbitraries.floats().map(number -> (Object) number),
                Arbitraries.shorts().map(number -> (Object) number),
                Arbitraries.bytes().map(number -> (Object) number),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(number -> (Object) number),
                Arbitraries.bigDecimals().ofScale(4).map(number -> (Object) number),
                Arbitraries.longs().between(-4_000_000_000_000L, 4_000_000_000_000L).map(ms -> (Object) new Date(ms)),
                Arbitraries.longs().between(-200_000, 200_000).map(day -> (Object) LocalDate.ofEpochDay(day)),
                net.jqwik.api.Combinators.combine(Arbitraries.longs().between(-31_557_014_167_219_200L,
                        31_556_889_864_403_199L), Arbitraries.integers().between(0, 999_999_999))
                        .as((seconds, nano) -> (Object) Instant.ofEpochSecond(seconds, nano)),
                zoned(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(bytes -> (Object) bytes));
    }

    /** Times in zones with and without daylight saving, both offsets of an autumn overlap among them. */
    private Arbitrary<Object> zoned() {
        Arbitrary<ZoneId> zones = Arbitraries.of("UTC", "Z", "+05:30", "-08:00", "Europe/London", "America/New_York",
                "Australia/Lord_Howe", "Asia/Kathmandu").map(ZoneId::of);
        Arbitrary<Instant> instants = Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L)
                .map(Instant::ofEpochSecond);
        Arbitrary<ZonedDateTime> plain = net.jqwik.api.Combinators.combine(instants, zones,
                Arbitraries.integers().between(0, 999_999_999)).as((instant, zone, nano) ->
                ZonedDateTime.ofInstant(instant.plusNanos(nano), zone));
        Arbitrary<ZonedDateTime> overlap = Arbitraries.integers().between(2000, 2030).map(year ->
                ZonedDateTime.of(year, 11, 1, 1, 30, 0, 0, ZoneId.of("America/New_York"))
                        .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.SUNDAY))
                        .withHour(1).withMinute(30).withLaterOffsetAtOverlap());
        return Arbitraries.oneOf(plain, overlap).map(time -> (Object) time);
    }

    /** Text of every kind: ASCII, accents, CJK, emoji, lone surrogates, NUL, and now and then very long. */
    private Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("sepsis", "", " ", "é", "肺炎", "😷", "\uD800", "\uDC00", "\u0000", "\n"),
                Arbitraries.chars().all().map(String::valueOf));
        Arbitrary<String> normal = piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<String> longOne = Arbitraries.of("é", "a", "\uD83D").map(part -> part.repeat(22_000));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(40, normal), net.jqwik.api.Tuple.of(1, longOne));
    }
}
