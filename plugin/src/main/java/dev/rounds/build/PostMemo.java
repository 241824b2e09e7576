package dev.rounds.build;

import dev.rounds.core.Problem;
import dev.rounds.site.Post;
import dev.rounds.site.Templates;
import dev.rounds.source.SourcePost;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Posts kept in memory between the builds of one long-running process (rounds:serve rebuilds at every save): a post
 * whose file, bundle, settings and clock are what they were is neither read nor assembled again, and its body, once
 * rendered, is not rendered again. The problems it had are reported again with it. Thread-safe.
 */
public final class PostMemo {

    /**
     * A file as read: the key it was read under, what came of it, the problems reading it found, and whether its
     * body must be rendered in every build (rendering it can report a problem).
     */
    record Read(String key, Optional<SourcePost> source, List<Problem> problems, boolean renderNow) {
    }

    /** A post as assembled, likewise. */
    record Assembled(String key, Optional<Post> post, List<Problem> problems) {
    }

    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    private final Map<Path, Assembled> assembled = new ConcurrentHashMap<>();
    private String templatesKey;
    private Templates templates;

    Optional<Read> read(Path file, String key) {
        return Optional.ofNullable(reads.get(file)).filter(read -> read.key().equals(key));
    }

    void read(Path file, Read read) {
        reads.put(file, read);
    }

    Optional<Assembled> assembled(Path file, String key) {
        return Optional.ofNullable(assembled.get(file)).filter(post -> post.key().equals(key));
    }

    void assembled(Path file, Assembled post) {
        assembled.put(file, post);
    }

    /**
     * The templates of the last build if they were made for the same fingerprint (the same template files, theme and
     * settings), otherwise new ones: FreeMarker keeps each template parsed.
     */
    synchronized Templates templates(String fingerprint, Supplier<Templates> make) {
        if (templates == null || !fingerprint.equals(templatesKey)) {
            templates = make.get();
            templatesKey = fingerprint;
        }
        return templates;
    }

    /** Forgets the files that are gone. */
    void keepOnly(Collection<Path> files) {
        Set<Path> kept = new HashSet<>(files);
        reads.keySet().retainAll(kept);
        assembled.keySet().retainAll(kept);
    }
}
