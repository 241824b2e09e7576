package dev.rounds.build;

import dev.rounds.core.AtomicFiles;
import dev.rounds.core.CacheCodec;
import dev.rounds.core.RoundsException;
import dev.rounds.site.TagRef;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every post stood in the last Maven build, kept beside its stamp ({@code target/rounds/build-listing.bin}): the
 * listed posts in their order (newest first) with their dates and clock flags, the dateless pages, every tag with its
 * count, and the years. It holds for one state of the site ({@link BlogBuilder#stateOf}) and its credibility settings
 * only ({@link BlogBuilder#listingKey}): a build whose stamp names another state does not use it. With it, a build after edits to posts' bodies alone finds an edited post's
 * neighbours, the feed's posts and the site's tags without reading every post ({@link EditBuild}).
 *
 * @param state the site state (and credibility settings) it was made for
 * @param listed the listed posts, in order
 * @param pages the dateless pages' paths under the posts folder, in order
 * @param tags every tag of the listed posts, as the templates' {@code site.tags} holds them
 * @param years the years with listed posts, newest first
 */
record SiteListing(String state, List<Listed> listed, List<String> pages, List<TagRef> tags, List<Integer> years) {

    static final String FILE = "build-listing.bin";
    private static final String FORMAT = "rounds-listing-1";

    SiteListing {
        listed = List.copyOf(listed);
        pages = List.copyOf(pages);
        tags = List.copyOf(tags);
        years = List.copyOf(years);
    }

    /**
     * A listed post.
     *
     * @param source its path under the posts folder
     * @param epochSecond its date, in seconds since the epoch
     * @param nano the date's nanoseconds
     * @param draft whether it is a draft
     * @param scheduled whether it is future or expired
     */
    record Listed(String source, long epochSecond, int nano, boolean draft, boolean scheduled) {
        static Listed of(dev.rounds.site.Post post) {
            ZonedDateTime date = post.date();
            return new Listed(post.source(), date.toEpochSecond(), date.getNano(), post.draft(), post.scheduled());
        }

        boolean published() {
            return !draft && !scheduled;
        }
    }

    /** Each listed post's place in {@link #listed}, and each page's as -1 minus its place in {@link #pages}. */
    Map<String, Integer> places() {
        Map<String, Integer> places = new HashMap<>((listed.size() + pages.size()) * 2);
        for (int i = 0; i < listed.size(); i++) {
            places.put(listed.get(i).source(), i);
        }
        for (int i = 0; i < pages.size(); i++) {
            places.put(pages.get(i), -1 - i);
        }
        return places;
    }

    /** The places in {@link #listed} of the posts the feed shows: the first {@code size} published ones. */
    List<Integer> feed(int size) {
        List<Integer> feed = new ArrayList<>(size);
        for (int i = 0; i < listed.size() && feed.size() < size; i++) {
            if (listed.get(i).published()) {
                feed.add(i);
            }
        }
        return feed;
    }

    /** The listing at {@code file} when it was made for {@code state}; nothing when it was not, or is unreadable. */
    static Optional<SiteListing> read(Path file, String state) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = CacheCodec.inputOf(file)) {
            if (!FORMAT.equals(in.readUTF()) || !state.equals(in.readUTF())) {
                return Optional.empty();
            }
            int count = in.readInt();
            List<Listed> listed = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String source = in.readUTF();
                long second = in.readLong();
                int nano = in.readInt();
                int flags = in.readByte();
                listed.add(new Listed(source, second, nano, (flags & 1) != 0, (flags & 2) != 0));
            }
            count = in.readInt();
            List<String> pages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                pages.add(in.readUTF());
            }
            count = in.readInt();
            List<TagRef> tags = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                tags.add(new TagRef(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt()));
            }
            count = in.readInt();
            List<Integer> years = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                years.add(in.readInt());
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new SiteListing(state, listed, pages, tags, years));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Writes the listing atomically. Texts go in Java's modified UTF-8, which carries any string (a text too long for
     * it, which no path or tag is, leaves the last listing, made for another state: the next edit is then built in
     * full).
     */
    void write(Path file) {
        try {
            AtomicFiles.write(file, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeUTF(FORMAT);
                out.writeUTF(state);
                out.writeInt(listed.size());
                for (Listed post : listed) {
                    out.writeUTF(post.source());
                    out.writeLong(post.epochSecond());
                    out.writeInt(post.nano());
                    out.writeByte((post.draft() ? 1 : 0) | (post.scheduled() ? 2 : 0));
                }
                out.writeInt(pages.size());
                for (String page : pages) {
                    out.writeUTF(page);
                }
                out.writeInt(tags.size());
                for (TagRef tag : tags) {
                    out.writeUTF(tag.name());
                    out.writeUTF(tag.slug());
                    out.writeUTF(tag.path());
                    out.writeInt(tag.count());
                }
                out.writeInt(years.size());
                for (int year : years) {
                    out.writeInt(year);
                }
                out.flush();
            });
        } catch (java.io.UTFDataFormatException tooLong) {
            // The file as it was stays: it names another state, so no build uses it.
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
