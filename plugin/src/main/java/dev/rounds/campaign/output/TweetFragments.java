package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.core.AtomicFiles;
import dev.rounds.core.CacheCodec;
import dev.rounds.core.RoundsException;
import dev.rounds.core.RunStamp;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each tweet lies in the campaign files the last write left (campaign.json, .csv, .ics), by what the tweet is
 * made of, so that the next write copies from the old file the bytes of every tweet that did not change rather than
 * making them again. A post edited in a campaign of 50,000 tweets changes a handful of them; making the calendar's
 * events alone (ical4j) took 2.5 s of CPU, copying them takes a few file-to-file transfers.
 *
 * <p>A tweet's {@link Key} is its post's plan digest, its id, place, source, status and slot: the plan digest covers
 * everything the post's teasers say, so two tweets with one key have the same bytes in every file.
 * Tweets whose plan digest is not known get no key and are always made. The layout is kept in
 * {@value #FILE} beside the files, with the size and time each file had when written and the code that wrote it: a
 * file whose size or time is not what the layout says (edited or replaced since) is made whole again, and so is
 * every file after an upgrade of Rounds, Jackson or ical4j. The layout is removed before any file is written and written after all of them, so it
 * never describes a file it did not see written.
 */
final class TweetFragments {

    static final String FILE = "campaign-fragments.bin";
    private static final int VERSION = 2;
    private static final int BUFFER = 256 * 1024;

    /**
     * What a tweet is made of, given its post's plan digest: the plan's teasers (through the digest, which covers each
     * teaser's post, text, link and findings), which of them (id and place), what the campaign made of it (source and
     * status: an evergreen share of a teaser is another tweet) and its slot, as numbers. Compared exactly: no hash
     * of it stands in for it, since a key taken for another would put another tweet's text in the plan.
     */
    record Key(String planDigest, String id, int sequence, TeaserSource source, ScheduledTweet.Status status,
               long epochSecond, int nano, int offsetSeconds) {

        static Key of(ScheduledTweet tweet, String planDigest) {
            OffsetDateTime at = tweet.scheduledAt();
            return new Key(planDigest, tweet.id(), tweet.sequence(), tweet.source(), tweet.status(),
                    at.toEpochSecond(), at.getNano(), at.getOffset().getTotalSeconds());
        }

        /** The key's parts in a fixed layout, each text after its length (what the preview digests). */
        byte[] bytes() {
            byte[] digest = planDigest.getBytes(StandardCharsets.UTF_8);
            byte[] name = id.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(4 + digest.length + 4 + name.length + 4 + 2 + 8 + 4 + 4)
                    .putInt(digest.length).put(digest).putInt(name.length).put(name).putInt(sequence)
                    .put((byte) source.ordinal()).put((byte) status.ordinal()).putLong(epochSecond).putInt(nano)
                    .putInt(offsetSeconds).array();
        }

        // Written out: a record's own equals and hashCode go through method handles, slow in a short-lived JVM.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && epochSecond == key.epochSecond && sequence == key.sequence
                    && nano == key.nano && offsetSeconds == key.offsetSeconds && source == key.source
                    && status == key.status && id.equals(key.id) && planDigest.equals(key.planDigest);
        }

        @Override
        public int hashCode() {
            int hash = planDigest.hashCode();
            hash = 31 * hash + id.hashCode();
            hash = 31 * hash + sequence;
            hash = 31 * hash + source.ordinal();
            hash = 31 * hash + status.ordinal();
            hash = 31 * hash + Long.hashCode(epochSecond);
            hash = 31 * hash + nano;
            return 31 * hash + offsetSeconds;
        }
    }

    /**
     * One file as a write left it: its size and time, and for each tweet (in the plan's order) where its separator
     * and fragment start and how long the two are together.
     */
    record Layout(String name, RunStamp.FileState state, long[] offsets, int[] lengths) {
    }

    private final String code;
    private final Key[] keys;
    private final Map<Key, Integer> positions;
    private final Map<String, Layout> layouts;

    private TweetFragments(String code, Key[] keys, Map<String, Layout> layouts) {
        this.code = code;
        this.keys = keys;
        this.layouts = layouts;
        this.positions = new HashMap<>(keys.length * 2);
        for (int i = keys.length - 1; i >= 0; i--) {
            if (keys[i] != null) {
                positions.put(keys[i], i);
            }
        }
    }

    /** No layout: every file is made whole. */

    static TweetFragments none(String code) {
        return new TweetFragments(code, new Key[0], Map.of());
    }

    /**
     * The layout the last write left in {@code directory}, or {@link #none} when there is none, it is unreadable, or
     * it was written by other code ({@code code}: what the plugin's classes are).
     */
    static TweetFragments read(Path directory, String code) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none(code);
        }
        try (DataInputStream in = CacheCodec.inputOf(file)) {
            if (in.readInt() != VERSION || !in.readUTF().equals(code)) {
                return none(code);
            }
            long size = Files.size(file);
            String[] digests = new String[CacheCodec.readCount(in, size)];
            for (int i = 0; i < digests.length; i++) {
                digests[i] = in.readUTF();
            }
            TeaserSource[] sources = TeaserSource.values();
            ScheduledTweet.Status[] statuses = ScheduledTweet.Status.values();
            Key[] keys = new Key[CacheCodec.readCount(in, size)];
            for (int i = 0; i < keys.length; i++) {
                int digest = in.readInt();
                keys[i] = digest < 0 ? null : new Key(digests[digest], in.readUTF(), in.readInt(),
                        sources[in.readUnsignedByte()], statuses[in.readUnsignedByte()], in.readLong(), in.readInt(),
                        in.readInt());
            }
            Map<String, Layout> layouts = new LinkedHashMap<>();
            for (int files = in.readInt(); files > 0; files--) {
                String name = in.readUTF();
                RunStamp.FileState state = new RunStamp.FileState(in.readLong(), in.readLong());
                long[] offsets = new long[keys.length];
                int[] lengths = new int[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    offsets[i] = in.readLong();
                    lengths[i] = in.readInt();
                    if (offsets[i] < 0 || lengths[i] < 0 || offsets[i] + lengths[i] > state.size()) {
                        return none(code);
                    }
                }
                layouts.put(name, new Layout(name, state, offsets, lengths));
            }
            return new TweetFragments(code, keys, layouts);
        } catch (IOException | RuntimeException unreadable) {
            return none(code);
        }
    }

    /** Removes the layout from {@code directory} (before the files it describes are written again). */
    static void forget(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(FILE));
        } catch (IOException failed) {
            throw new RoundsException("Cannot remove " + directory.resolve(FILE) + ": " + failed.getMessage(), failed);
        }
    }

    /**
     * Each tweet's key, in the plan's order; null for a tweet whose post's plan digest {@code planDigests} does not
     * give (or for every tweet, when it is null).
     */
    static Key[] keys(Campaign campaign, Map<String, String> planDigests) {
        List<ScheduledTweet> tweets = campaign.tweets();
        Key[] keys = new Key[tweets.size()];
        for (int i = 0; planDigests != null && i < keys.length; i++) {
            String digest = planDigests.get(tweets.get(i).post());
            keys[i] = digest == null ? null : Key.of(tweets.get(i), digest);
        }
        return keys;
    }

    /**
     * Writes {@code directory/name} in {@code format}: each tweet whose key the last layout of that file holds (and
     * whose separator is the one it had) is copied from the old file, runs of them in one transfer; the others are
     * made. The file is replaced atomically, and only if its bytes changed (an unchanged file keeps its time).
     *
     * @param keys the tweets' {@link #keys}, from this campaign
     * @return where each tweet now lies
     */
    Layout write(Path directory, String name, TweetFile format, Campaign campaign, Key[] keys) {
        return write(directory, name, format, campaign, places(keys));
    }

    /** Where each of {@code keys} stood in the last write (its index there), or -1; looked up once for all files. */
    int[] places(Key[] keys) {
        int[] places = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Integer was = keys[i] == null ? null : positions.get(keys[i]);
            places[i] = was == null ? -1 : was;
        }
        return places;
    }

    /** Likewise, with the tweets' {@link #places} in the last write. */
    Layout write(Path directory, String name, TweetFile format, Campaign campaign, int[] places) {
        Path target = directory.resolve(name);
        Layout old = layouts.get(name);
        if (old != null && !old.state().equals(RunStamp.stateOf(target))) {
            old = null;
        }
        List<ScheduledTweet> tweets = campaign.tweets();
        long[] offsets = new long[tweets.size()];
        int[] lengths = new int[tweets.size()];
        try {
            Files.createDirectories(directory);
            Path temp = AtomicFiles.beside(directory.resolve(name));
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE);
                     FileChannel in = old == null ? null : FileChannel.open(target, StandardOpenOption.READ)) {
                    Splice splice = new Splice(out, in);
                    splice.write(format.head(campaign));
                    for (int i = 0; i < tweets.size(); i++) {
                        long start = splice.position();
                        byte[] separator = format.separator(i);
                        int was = old == null ? -1 : places[i];
                        if (was >= 0 && Arrays.equals(separator, format.separator(was))) {
                            splice.copy(old.offsets()[was], old.lengths()[was]);
                        } else {
                            splice.write(separator);
                            splice.write(format.fragment(tweets.get(i)));
                        }
                        offsets[i] = start;
                        lengths[i] = Math.toIntExact(splice.position() - start);
                    }
                    splice.write(format.tail(campaign));
                    splice.flush();
                }
                if (!(Files.isRegularFile(target) && Files.size(target) == Files.size(temp)
                        && Files.mismatch(temp, target) == -1)) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return new Layout(name, RunStamp.stateOf(target), offsets, lengths);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + target + ": " + failed.getMessage(), failed);
        }
    }

    /** Writes the layout of the files just written, for a campaign whose tweets have {@code keys}. */
    void save(Path directory, Key[] keys, List<Layout> written) {
        Path file = directory.resolve(FILE);
        try {
            AtomicFiles.write(file, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(VERSION);
                out.writeUTF(code);
                // Each post's plan digest once; each tweet by the digest's place in that list.
                Map<String, Integer> digests = new LinkedHashMap<>();
                for (Key key : keys) {
                    if (key != null) {
                        digests.putIfAbsent(key.planDigest(), digests.size());
                    }
                }
                out.writeInt(digests.size());
                for (String digest : digests.keySet()) {
                    out.writeUTF(digest);
                }
                out.writeInt(keys.length);
                for (Key key : keys) {
                    if (key == null) {
                        out.writeInt(-1);
                        continue;
                    }
                    out.writeInt(digests.get(key.planDigest()));
                    out.writeUTF(key.id());
                    out.writeInt(key.sequence());
                    out.writeByte(key.source().ordinal());
                    out.writeByte(key.status().ordinal());
                    out.writeLong(key.epochSecond());
                    out.writeInt(key.nano());
                    out.writeInt(key.offsetSeconds());
                }
                out.writeInt(written.size());
                for (Layout layout : written) {
                    out.writeUTF(layout.name());
                    out.writeLong(layout.state().size());
                    out.writeLong(layout.state().modified());
                    for (int i = 0; i < keys.length; i++) {
                        out.writeLong(layout.offsets()[i]);
                        out.writeInt(layout.lengths()[i]);
                    }
                }
            });
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }

    /** How many of {@code keys} the layout holds (for tests and the debug log). */
    int known(Key[] keys) {
        int known = 0;
        for (Key key : keys) {
            known += key != null && positions.containsKey(key) ? 1 : 0;
        }
        return known;
    }

    /** Bytes made and bytes copied, in order, into one channel: made bytes are buffered, adjoining copies joined. */
    private static final class Splice {
        private final FileChannel out;
        private final FileChannel in;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private long position;
        private long copyFrom = -1;
        private long copyLength;

        Splice(FileChannel out, FileChannel in) {
            this.out = out;
            this.in = in;
        }

        long position() {
            return position;
        }

        void write(byte[] bytes) throws IOException {
            if (bytes.length == 0) {
                return;
            }
            flushCopy();
            if (bytes.length > buffer.remaining()) {
                flushBuffer();
            }
            if (bytes.length > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(bytes));
            } else {
                buffer.put(bytes);
            }
            position += bytes.length;
        }

        void copy(long from, int length) throws IOException {
            Objects.requireNonNull(in, "in");
            if (copyFrom >= 0 && copyFrom + copyLength == from) {
                copyLength += length;
            } else {
                flushCopy();
                copyFrom = from;
                copyLength = length;
            }
            position += length;
        }

        void flush() throws IOException {
            flushCopy();
            flushBuffer();
        }

        private void flushCopy() throws IOException {
            if (copyFrom < 0) {
                return;
            }
            flushBuffer();
            long done = 0;
            while (done < copyLength) {
                long moved = in.transferTo(copyFrom + done, copyLength - done, out);
                if (moved <= 0) {
                    throw new IOException("the last file is shorter than its layout says");
                }
                done += moved;
            }
            copyFrom = -1;
            copyLength = 0;
        }

        private void flushBuffer() throws IOException {
            buffer.flip();
            writeFully(buffer);
            buffer.clear();
        }

        private void writeFully(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
    }
}
