package dev.rounds.source;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A post's body that is read when it is first asked for, at most once (a post taken from the read cache reads its
 * file again only if its page or plan has to be made). Thread-safe.
 */
public final class BodyOnDemand implements Supplier<String> {

    private final Supplier<String> reader;
    private volatile String body;

    public BodyOnDemand(Supplier<String> reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public String get() {
        String read = body;
        if (read == null) {
            synchronized (this) {
                read = body;
                if (read == null) {
                    read = Objects.requireNonNull(reader.get(), "body");
                    body = read;
                }
            }
        }
        return read;
    }
}
