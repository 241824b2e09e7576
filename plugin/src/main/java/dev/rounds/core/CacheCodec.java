package dev.rounds.core;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads the values a post's reading gives (Rounds' records of text, numbers, dates, lists and maps, and
 * the plain values YAML reads) for the read cache, and the posts' plans for the plan cache, without Java
 * serialization: no class descriptors, no handle
 * table and no reflective field access per object, so the cache of 10,000 posts loads in a fraction of the time. Each
 * record class is named once per stream with its components' names, and read back only if it is still a Rounds record
 * with those components; any other value cannot be written ({@link NotPlain}) and a stream that does not read back
 * is refused ({@link IOException}), so the cache only ever saves time.
 */
public final class CacheCodec {

    /** A value the codec does not know how to write exactly: the entry is not cached. */
    public static final class NotPlain extends Exception {
        NotPlain(Object value) {
            super("not plain data: " + value.getClass().getName(), null, false, false);
        }
    }

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int LONG_STRING = 2;
    private static final int TRUE = 3;
    private static final int FALSE = 4;
    private static final int INT = 5;
    private static final int LONG = 6;
    private static final int DOUBLE = 7;
    private static final int FLOAT = 8;
    private static final int SHORT = 9;
    private static final int BYTE = 10;
    private static final int BIG_INTEGER = 11;
    private static final int BIG_DECIMAL = 12;
    private static final int ZONED = 13;
    private static final int LOCAL_DATE = 14;
    private static final int DATE = 15;
    private static final int BYTES = 16;
    private static final int LIST = 17;
    private static final int SET = 18;
    private static final int MAP = 19;
    private static final int RECORD = 20;
    private static final int ENUM = 21;
    private static final int NEW_TYPE = 22;
    private static final int INSTANT = 23;

    /** The longest text writeUTF always takes (three bytes a character at most). */
    private static final int SHORT_TEXT = 65535 / 3;

    /**
     * A count read from a file of {@code fileSize} bytes, which cannot be more than its bytes (nor less than none):
     * a damaged file is reported as unreadable before anything is made of that size.
     */
    public static int readCount(DataInput in, long fileSize) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > fileSize) {
            throw new IOException("not a count: " + count);
        }
        return count;
    }

    /**
     * The whole of a cache file, to be read as data. A cache is read a byte or an int at a time, and the JDK's
     * buffered stream locks for each of those calls (about a fifth of loading a blog's read cache in a cold JVM);
     * the file's bytes are read at once and handed out without locking.
     */
    public static DataInputStream inputOf(Path file) throws IOException {
        return new DataInputStream(new InMemory(Files.readAllBytes(file)));
    }

    /** A stream over bytes in memory, for one reader (none of its methods lock). */
    private static final class InMemory extends InputStream {
        private final byte[] bytes;
        private int at;

        InMemory(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            java.util.Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            int count = Math.min(length, bytes.length - at);
            if (count <= 0) {
                return -1;
            }
            System.arraycopy(bytes, at, into, offset, count);
            at += count;
            return count;
        }

        @Override
        public long skip(long count) {
            long skipped = Math.max(0, Math.min(count, bytes.length - at));
            at += (int) skipped;
            return skipped;
        }

        @Override
        public int available() {
            return bytes.length - at;
        }
    }

    /**
     * The named values of a file {@link #writeNamed} wrote, in its order, each of type {@code type}; nothing when the
     * file is missing, has another format or version, or does not read back.
     */
    public static <V> Optional<Map<String, V>> readNamed(Path file, String format, String version, Class<V> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = inputOf(file)) {
            if (!format.equals(in.readUTF()) || !version.equals(in.readUTF())) {
                return Optional.empty();
            }
            Reader values = new Reader(in);
            // Every byte is in memory already: what is left bounds the count, without asking the file system again.
            int count = readCount(in, in.available());
            Map<String, V> named = new LinkedHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                named.put(in.readUTF(), type.cast(values.read()));
            }
            return Optional.of(named);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Replaces {@code file} atomically with a format and a version (texts the reader must find again) and the named
     * values, in the map's order; when one cannot be written ({@link NotPlain}), the file is left as it was.
     */
    public static void writeNamed(Path file, String format, String version, Map<String, ?> named)
            throws IOException, NotPlain {
        NotPlain[] refused = new NotPlain[1];
        try {
            AtomicFiles.write(file, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeUTF(format);
                out.writeUTF(version);
                Writer values = new Writer(out);
                out.writeInt(named.size());
                for (Map.Entry<String, ?> value : named.entrySet()) {
                    out.writeUTF(value.getKey());
                    try {
                        values.write(value.getValue());
                    } catch (NotPlain notPlain) {
                        refused[0] = notPlain;
                        throw new IOException(notPlain.getMessage());
                    }
                }
                out.flush();
            });
        } catch (IOException failed) {
            if (refused[0] != null) {
                throw refused[0];
            }
            throw failed;
        }
    }

    /**
     * {@link #writeNamed}, for a file that only ever saves time: when the values cannot be written, the file is removed
     * (a file left under older values would be taken for them).
     */
    public static void writeNamedOrRemove(Path file, String format, String version, Map<String, ?> named) {
        try {
            writeNamed(file, format, version, named);
        } catch (IOException | NotPlain | RuntimeException unwritable) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Left as it was: its format or version keeps it from being taken for other values.
            }
        }
    }

    /** Writes values to one stream; each type is named the first time it is met. */
    public static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> types = new HashMap<>();
        private final boolean canonical;

        public Writer(DataOutputStream out) {
            this(out, false);
        }

        /**
         * @param canonical write maps and sets in the order of their entries' bytes, so that equal values give equal
         *     bytes whatever their iteration order (for digests; such a stream is not read back)
         */
        Writer(DataOutputStream out, boolean canonical) {
            this.out = out;
            this.canonical = canonical;
        }

        public void write(Object value) throws IOException, NotPlain {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                if (text.length() <= SHORT_TEXT) {
                    out.writeByte(STRING);
                    out.writeUTF(text);
                } else {
                    out.writeByte(LONG_STRING);
                    out.writeInt(text.length());
                    out.writeChars(text);
                }
            } else if (value instanceof Boolean flag) {
                out.writeByte(flag ? TRUE : FALSE);
            } else if (value instanceof Number number) {
                writeNumber(number);
            } else if (value instanceof Record record && isOurs(record.getClass())) {
                RecordShape shape = RecordShape.of(record.getClass());
                type(record.getClass(), shape);
                out.writeByte(RECORD);
                out.writeShort(types.get(record.getClass()));
                for (Method accessor : shape.accessors()) {
                    try {
                        write(accessor.invoke(record));
                    } catch (ReflectiveOperationException unreadable) {
                        throw new NotPlain(record);
                    }
                }
            } else if (value instanceof Enum<?> constant && isOurs(constant.getDeclaringClass())) {
                type(constant.getDeclaringClass(), null);
                out.writeByte(ENUM);
                out.writeShort(types.get(constant.getDeclaringClass()));
                out.writeUTF(constant.name());
            } else if (value instanceof ZonedDateTime time) {
                out.writeByte(ZONED);
                out.writeLong(time.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
                out.writeInt(time.getNano());
                out.writeInt(time.getOffset().getTotalSeconds());
                out.writeUTF(time.getZone().getId());
            } else if (value instanceof Instant instant) {
                out.writeByte(INSTANT);
                out.writeLong(instant.getEpochSecond());
                out.writeInt(instant.getNano());
            } else if (value instanceof LocalDate date) {
                out.writeByte(LOCAL_DATE);
                out.writeLong(date.toEpochDay());
            } else if (value.getClass() == Date.class) {
                out.writeByte(DATE);
                out.writeLong(((Date) value).getTime());
            } else if (value instanceof byte[] bytes) {
                out.writeByte(BYTES);
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (value instanceof List<?> list) {
                writeAll(LIST, list);
            } else if (value instanceof Set<?> set) {
                if (canonical) {
                    writeSorted(SET, set.stream().map(item -> java.util.Collections.singletonList((Object) item)).toList());
                } else {
                    writeAll(SET, set);
                }
            } else if (value instanceof Map<?, ?> map) {
                if (canonical) {
                    writeSorted(MAP, map.entrySet().stream()
                            .map(entry -> Arrays.asList(entry.getKey(), entry.getValue())).toList());
                    return;
                }
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    write(entry.getKey());
                    write(entry.getValue());
                }
            } else {
                throw new NotPlain(value);
            }
        }

        /** Each item's parts written on their own, the items in the order of their bytes. */
        private void writeSorted(int tag, List<List<Object>> items) throws IOException, NotPlain {
            List<byte[]> encoded = new ArrayList<>(items.size());
            for (List<Object> parts : items) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                Writer own = new Writer(new DataOutputStream(bytes), true);
                for (Object part : parts) {
                    own.write(part);
                }
                own.out.flush();
                encoded.add(bytes.toByteArray());
            }
            encoded.sort(Arrays::compareUnsigned);
            out.writeByte(tag);
            out.writeInt(encoded.size());
            for (byte[] item : encoded) {
                out.write(item);
            }
        }

        private void writeAll(int tag, Collection<?> items) throws IOException, NotPlain {
            out.writeByte(tag);
            out.writeInt(items.size());
            for (Object item : items) {
                write(item);
            }
        }

        private void writeNumber(Number number) throws IOException, NotPlain {
            Class<?> type = number.getClass();
            if (type == Integer.class) {
                out.writeByte(INT);
                out.writeInt(number.intValue());
            } else if (type == Long.class) {
                out.writeByte(LONG);
                out.writeLong(number.longValue());
            } else if (type == Double.class) {
                out.writeByte(DOUBLE);
                out.writeLong(Double.doubleToRawLongBits(number.doubleValue()));
            } else if (type == Float.class) {
                out.writeByte(FLOAT);
                out.writeInt(Float.floatToRawIntBits(number.floatValue()));
            } else if (type == Short.class) {
                out.writeByte(SHORT);
                out.writeShort(number.shortValue());
            } else if (type == Byte.class) {
                out.writeByte(BYTE);
                out.writeByte(number.byteValue());
            } else if (type == BigInteger.class) {
                out.writeByte(BIG_INTEGER);
                out.writeUTF(number.toString());
            } else if (type == BigDecimal.class) {
                out.writeByte(BIG_DECIMAL);
                out.writeUTF(number.toString());
            } else {
                throw new NotPlain(number);
            }
        }

        /** Names a type the first time it is met: its name and, for a record, its components' names. */
        private void type(Class<?> type, RecordShape shape) throws IOException {
            if (types.containsKey(type)) {
                return;
            }
            types.put(type, types.size());
            out.writeByte(NEW_TYPE);
            out.writeUTF(type.getName());
            if (shape == null) {
                out.writeShort(-1);
            } else {
                out.writeShort(shape.names().length);
                for (String name : shape.names()) {
                    out.writeUTF(name);
                }
            }
        }
    }

    /** Reads the values a {@link Writer} wrote, in order. */
    public static final class Reader {
        private final DataInputStream in;
        private final ClassLoader loader;
        private final List<Class<?>> types = new ArrayList<>();
        /** The zones met so far by name: a cache of 10,000 posts names the same one or two zones in every date. */
        private final Map<String, ZoneId> zones = new HashMap<>();

        public Reader(DataInputStream in) {
            this.in = in;
            this.loader = CacheCodec.class.getClassLoader();
        }

        public Object read() throws IOException {
            int tag = in.readUnsignedByte();
            while (tag == NEW_TYPE) {
                types.add(declared());
                tag = in.readUnsignedByte();
            }
            return switch (tag) {
                case NULL -> null;
                case STRING -> in.readUTF();
                case LONG_STRING -> {
                    char[] chars = new char[length()];
                    for (int i = 0; i < chars.length; i++) {
                        chars[i] = in.readChar();
                    }
                    yield new String(chars);
                }
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case INT -> in.readInt();
                case LONG -> in.readLong();
                case DOUBLE -> Double.longBitsToDouble(in.readLong());
                case FLOAT -> Float.intBitsToFloat(in.readInt());
                case SHORT -> in.readShort();
                case BYTE -> in.readByte();
                case BIG_INTEGER -> new BigInteger(in.readUTF());
                case BIG_DECIMAL -> new BigDecimal(in.readUTF());
                case ZONED -> zoned();
                case LOCAL_DATE -> LocalDate.ofEpochDay(in.readLong());
                case INSTANT -> instant();
                case DATE -> new Date(in.readLong());
                case BYTES -> {
                    byte[] bytes = new byte[length()];
                    in.readFully(bytes);
                    yield bytes;
                }
                case LIST -> {
                    int size = length();
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(read());
                    }
                    yield list;
                }
                case SET -> {
                    int size = length();
                    Set<Object> set = new LinkedHashSet<>(size * 2);
                    for (int i = 0; i < size; i++) {
                        set.add(read());
                    }
                    yield set;
                }
                case MAP -> {
                    int size = length();
                    Map<Object, Object> map = new LinkedHashMap<>(size * 2);
                    for (int i = 0; i < size; i++) {
                        map.put(read(), read());
                    }
                    yield map;
                }
                case RECORD -> record(type(in.readUnsignedShort()));
                case ENUM -> constant(type(in.readUnsignedShort()), in.readUTF());
                default -> throw new IOException("Unknown value tag " + tag);
            };
        }

        private int length() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                throw new IOException("Negative length " + length);
            }
            return length;
        }

        private Instant instant() throws IOException {
            long seconds = in.readLong();
            int nano = in.readInt();
            try {
                return Instant.ofEpochSecond(seconds, nano);
            } catch (RuntimeException invalid) {
                throw new IOException("Unreadable instant: " + invalid.getMessage(), invalid);
            }
        }

        private ZonedDateTime zoned() throws IOException {
            long seconds = in.readLong();
            int nano = in.readInt();
            int offset = in.readInt();
            String zone = in.readUTF();
            try {
                ZoneId id = zones.get(zone);
                if (id == null) {
                    id = ZoneId.of(zone);
                    zones.put(zone, id);
                }
                return ZonedDateTime.ofStrict(LocalDateTime.ofEpochSecond(seconds, nano, ZoneOffset.UTC),
                        ZoneOffset.ofTotalSeconds(offset), id);
            } catch (RuntimeException invalid) {
                throw new IOException("Unreadable date: " + invalid.getMessage(), invalid);
            }
        }

        private Class<?> type(int index) throws IOException {
            if (index >= types.size()) {
                throw new IOException("Unknown type " + index);
            }
            return types.get(index);
        }

        /** A named type: only Rounds' own records (with the same components) and enums are read back. */
        private Class<?> declared() throws IOException {
            String name = in.readUTF();
            int count = in.readShort();
            String[] names = new String[Math.max(count, 0)];
            for (int i = 0; i < names.length; i++) {
                names[i] = in.readUTF();
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError gone) {
                throw new IOException("Unknown class " + name, gone);
            }
            boolean same = count < 0 ? type.isEnum() : type.isRecord()
                    && Arrays.equals(RecordShape.of(type).names(), names);
            if (!isOurs(type) || !same) {
                throw new IOException("Not a value this cache holds: " + name);
            }
            return type;
        }

        private Object record(Class<?> type) throws IOException {
            if (!type.isRecord()) {
                throw new IOException("Not a record: " + type.getName());
            }
            RecordShape shape = RecordShape.of(type);
            Object[] values = new Object[shape.accessors().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = read();
            }
            try {
                return shape.constructor().newInstance(values);
            } catch (ReflectiveOperationException | IllegalArgumentException refused) {
                throw new IOException("Cannot make a " + type.getName() + ": " + refused, refused);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object constant(Class<?> type, String name) throws IOException {
            if (!type.isEnum()) {
                throw new IOException("Not an enum: " + type.getName());
            }
            try {
                return Enum.valueOf((Class) type, name);
            } catch (IllegalArgumentException gone) {
                throw new IOException("Unknown constant " + name + " of " + type.getName(), gone);
            }
        }
    }

    /**
     * A SHA-256 of the value's canonical bytes (maps and sets in a fixed order), as hex: the same for equal values in
     * every JVM; null when the value cannot be written exactly.
     */
    public static String digestOf(Object value) {
        java.security.MessageDigest sha = dev.rounds.core.Sha256.digester();
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), sha), 4096))) {
            new Writer(out, true).write(value);
        } catch (IOException | NotPlain unwritable) {
            return null;
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** Whether the codec can write this value exactly. */
    public static boolean writable(Object value) {
        try {
            new Writer(new DataOutputStream(java.io.OutputStream.nullOutputStream())).write(value);
            return true;
        } catch (IOException | NotPlain unwritable) {
            return false;
        }
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("dev.rounds.");
    }
}
