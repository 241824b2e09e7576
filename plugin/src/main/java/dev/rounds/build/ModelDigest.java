package dev.rounds.build;

import dev.rounds.site.Post;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of a template model: what a page is made of. Two models with the same digest render the same bytes with
 * the same templates and settings. A post stands for its own digest (its source bytes and the flags that depend on
 * the clock) rather than its fields: everything else in a {@link Post} is derived from those and the build's
 * fingerprint. A page whose last render read only the heads of the posts it lists ({@link Post#HEAD_PROPERTIES})
 * takes those posts by their {@link Post#headDigest()}, so an edit to their bodies leaves it as it is. Values it does
 * not know make the digest unknown, and the page is rendered.
 */
final class ModelDigest {

    /** Digests of the records met so far, by identity: with listed posts by their heads, and by their digests. */
    private final Map<Object, String> recordsByHeads = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, String> recordsByPosts = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param listedHeads whether the posts the page lists (all but its own "post") stand for their
     *     {@link Post#headDigest()}: the last render of the page read nothing else of them
     * @return the digest, or null when the model holds something this class cannot vouch for
     */
    String of(String file, String template, Map<String, Object> model, boolean listedHeads) {
        Digests digest = new Digests().add(file).add(template).add(listedHeads ? "listed heads" : "listed posts");
        Map<String, Object> sorted = new TreeMap<>(model);
        digest.add("map").add(Integer.toString(sorted.size()));
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            // The page's own post is always taken whole: its page shows its body.
            if (!feed(digest, entry.getKey(), false)
                    || !feed(digest, entry.getValue(), listedHeads && !entry.getKey().equals("post"))) {
                return null;
            }
        }
        return digest.hex();
    }

    private boolean feed(Digests digest, Object value, boolean heads) {
        if (value == null) {
            digest.add("null");
        } else if (value instanceof Post post) {
            if (heads && post.headDigest() != null) {
                digest.add("head").add(post.headDigest());
            } else {
                digest.add("post").add(post.digest());
            }
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof TemporalAccessor
                || value instanceof ZoneId) {
            digest.add(value.getClass().getName()).add(value.toString());
        } else if (value instanceof Record record) {
            // Records are immutable: one shared by every page (the site view, with every tag) is digested once.
            Map<Object, String> records = heads ? recordsByHeads : recordsByPosts;
            String known = records.get(record);
            if (known == null) {
                Digests own = new Digests().add(record.getClass().getName());
                RecordShape shape;
                try {
                    shape = RecordShape.of(record.getClass());
                } catch (RuntimeException unreadable) {
                    return false;
                }
                for (int i = 0; i < shape.names().length; i++) {
                    try {
                        if (!feed(own.add(shape.names()[i]), shape.accessors()[i].invoke(record), heads)) {
                            return false;
                        }
                    } catch (ReflectiveOperationException | RuntimeException unreadable) {
                        return false;
                    }
                }
                known = own.hex();
                records.put(record, known);
            }
            digest.add("record").add(known);
        } else if (value instanceof Collection<?> items) {
            digest.add("list").add(Integer.toString(items.size()));
            for (Object item : items) {
                if (!feed(digest, item, heads)) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.add("map").add(Integer.toString(map.size()));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!feed(digest, entry.getKey(), heads) || !feed(digest, entry.getValue(), heads)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }
}
