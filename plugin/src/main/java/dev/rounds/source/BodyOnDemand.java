package dev.rounds.source;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A post's body, read from its file when it is asked for and not kept: a post is rendered once per build (its HTML is
 * kept, not its Markdown), so holding every body until the build ends would only fill the heap. A body read just now
 * (to parse the front matter) is handed out once, then read again if asked for again. Thread-safe.
 */
public final class BodyOnDemand implements Supplier<String> {

    private final Supplier<String> reader;
    private final AtomicReference<String> held;

    /** @param reader reads the body from the post's file */
    public BodyOnDemand(Supplier<String> reader) {
        this(reader, null);
    }

    /**
     * @param reader reads the body from the post's file
     * @param read the body already read, given out by the first {@link #get()}
     */
    public BodyOnDemand(Supplier<String> reader, String read) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.held = new AtomicReference<>(read);
    }

    @Override
    public String get() {
        String read = held.getAndSet(null);
        return read != null ? read : Objects.requireNonNull(reader.get(), "body");
    }
}
