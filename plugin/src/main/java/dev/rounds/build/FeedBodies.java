package dev.rounds.build;

import dev.rounds.core.CacheCodec;
import dev.rounds.site.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body HTML of the posts the feed shows, as the build that last wrote the feed had them, each under its file's
 * read-cache key (its bytes, and a bundle's files), in a file of the work folder under the build's card tag (its
 * settings, theme and code). An edit to a post the feed shows, or a new post, writes the feed again: its other posts'
 * bodies are taken from here instead of being read and rendered (in a cold JVM). A body is taken only for the very bytes it was made of;
 * a missing, foreign or unreadable file is not taken: it only ever saves time. (Public only for the cache's codec,
 * which makes its records by reflection.)
 */
public final class FeedBodies {

    static final String FILE = "feed-bodies.bin";
    private static final String FORMAT = "rounds-feed-bodies-1";

    /**
     * A post's body HTML, and the read-cache key of the file it was made of.
     *
     * @param key the file's read-cache key ({@link ReadCache#key})
     * @param html the body's HTML ({@code Post.contentHtml()})
     */
    public record Body(String key, String html) {
    }

    private FeedBodies() {
    }

    /** The bodies kept under {@code version} (the build's card tag), by the posts' paths under the posts folder. */
    static Map<String, Body> read(Path file, String version) {
        return CacheCodec.readNamed(file, FORMAT, version, Body.class).orElse(Map.of());
    }

    /**
     * The bodies to keep for the feed's posts after a build: each post's HTML when it is at hand (rendered, or known),
     * else the one kept before for the same key, else the body rendered now (a post the feed shows whose body this
     * build did not render and the file did not hold: after a change of settings, theme or plugin that left the feed
     * as it was).
     *
     * @param feed the posts the feed shows, newest first
     * @param keys each post's read-cache key this build kept, by its path (a post without one is left out)
     * @param before the bodies kept before
     */
    static Map<String, Body> of(List<Post> feed, Map<String, String> keys, Map<String, Body> before) {
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (Post post : feed) {
            String key = keys.get(post.source());
            if (key == null) {
                continue;
            }
            Body was = before.get(post.source());
            bodies.put(post.source(), !post.body().hasHtml() && was != null && was.key().equals(key) ? was
                    : new Body(key, post.contentHtml()));
        }
        return bodies;
    }

    /**
     * Keeps {@code bodies} under {@code version}, unless they are what the file holds already; when they cannot be
     * written, removes the file.
     */
    static void write(Path file, String version, Map<String, Body> bodies, Map<String, Body> before) {
        if (bodies.equals(before) && Files.isRegularFile(file)) {
            return;
        }
        CacheCodec.writeNamedOrRemove(file, FORMAT, version, bodies);
    }
}
