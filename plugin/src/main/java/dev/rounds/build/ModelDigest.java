package dev.rounds.build;

import dev.rounds.core.RecordShape;
import dev.rounds.site.Post;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A digest of a template model: what a page is made of. Two models with the same digest render the same bytes with
 * the same templates and settings. A post stands for its own digest (its source bytes and the flags that depend on
 * the clock) rather than its fields: everything else in a {@link Post} is derived from those and the build's
 * fingerprint. A page whose last render read only the heads of the posts it lists ({@link Post#HEAD_PROPERTIES})
 * takes those posts by their {@link Post#headDigest()}, so an edit to their bodies leaves it as it is. Values it does
 * not know make the digest unknown, and the page is rendered.
 */
final class ModelDigest {

    /**
     * A page's model as it was last digested, and that digest: a long-running process ({@link BuildMemo}) compares
     * the next model with it before digesting it again.
     */
    record Remembered(String template, boolean listedHeads, Map<String, Object> model, String digest) {
    }

    /**
     * What one build's digests leave for the next: each page's model and digest, and the digests of the records met
     * (by identity, with listed posts by their heads and whole).
     */
    record Carried(Map<String, Remembered> models, Map<Object, String> recordsByHeads,
                   Map<Object, String> recordsByPosts) {

        static final Carried NOTHING = new Carried(Map.of(), Map.of(), Map.of());
    }

    /** The last build's models by file and record digests (nothing: digest every model). */
    private final Carried last;
    /** This build's models by file, or null when they are not remembered. */
    private final Map<String, Remembered> current;
    /**
     * Records of this build found the same as records of the last one (this build's record to the last one's), by
     * identity, with listed posts by their heads and whole: the site's view, shared by every page, is compared once,
     * not once per page, and a record found the same takes the last one's digest.
     */
    private final Map<Object, Object> provenSameByHeads = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, Object> provenSameByPosts = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Digests of the records met so far, by identity: with listed posts by their heads, and by their digests. */
    private final Map<Object, String> recordsByHeads = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, String> recordsByPosts = Collections.synchronizedMap(new IdentityHashMap<>());

    /** A digest for one build: every model is digested. */
    ModelDigest() {
        this.last = Carried.NOTHING;
        this.current = null;
    }

    /**
     * A digest that takes the last build's digest for a model that holds the same posts (by their digests, or their
     * head digests where the page lists them by their heads) and equal values, and remembers this build's models.
     */
    ModelDigest(Carried last) {
        this.last = last;
        this.current = new ConcurrentHashMap<>(Math.max(16, last.models().size() * 4 / 3 + 1));
    }

    /** What this build leaves for the next (nothing when not remembered). */
    Carried carried() {
        return current == null ? Carried.NOTHING : new Carried(current, recordsByHeads, recordsByPosts);
    }

    /**
     * @param listedHeads whether the posts the page lists (all but its own "post") stand for their
     *     {@link Post#headDigest()}: the last render of the page read nothing else of them
     * @return the digest, or null when the model holds something this class cannot vouch for
     */
    String of(String file, String template, Map<String, Object> model, boolean listedHeads) {
        if (current == null) {
            return digest(file, template, model, listedHeads);
        }
        Remembered before = last.models().get(file);
        String digest = before != null && before.template().equals(template) && before.listedHeads() == listedHeads
                && sameModel(model, before.model(), listedHeads) ? before.digest()
                : digest(file, template, model, listedHeads);
        if (digest != null) {
            current.put(file, new Remembered(template, listedHeads, model, digest));
        }
        return digest;
    }

    /**
     * Whether two page models have one digest, compared as {@link #digest} feeds them: key by key, the page's own post
     * whole, the other posts by their heads when {@code listedHeads}.
     */
    private boolean sameModel(Map<String, Object> model, Map<String, Object> before, boolean listedHeads) {
        if (model.size() != before.size()) {
            return false;
        }
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            if (!before.containsKey(entry.getKey()) || !same(entry.getValue(), before.get(entry.getKey()),
                    listedHeads && !entry.getKey().equals("post"))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #same(Object, Object, boolean)} with posts taken whole. */
    boolean same(Object a, Object b) {
        return same(a, b, false);
    }

    /**
     * Whether two values have one digest because they hold the same things: posts with the same digest (or, with
     * {@code heads}, the same head digest: what {@link #feed} feeds for a post), equal plain values, records whose
     * components are the same, and containers whose items are the same in the same order. Anything else is not
     * vouched for. Whenever this holds, {@link #feed} gives both the same bytes; it compares strings and pointers where
     * a digest would hash them.
     */
    boolean same(Object a, Object b, boolean heads) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Post first) {
            Post second = (Post) b;
            boolean byHead = heads && first.headDigest() != null;
            return byHead == (heads && second.headDigest() != null) && (byHead
                    ? first.headDigest().equals(second.headDigest()) : Objects.equals(first.digest(), second.digest()));
        }
        if (plain(a)) {
            return a.equals(b);
        }
        if (a instanceof Record) {
            Map<Object, Object> proven = heads ? provenSameByHeads : provenSameByPosts;
            if (proven.get(a) == b) {
                return true;
            }
            RecordShape shape = RecordShape.of(a.getClass());
            try {
                for (Method accessor : shape.accessors()) {
                    if (!same(accessor.invoke(a), accessor.invoke(b), heads)) {
                        return false;
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return false;
            }
            proven.put(a, b);
            return true;
        }
        if (a instanceof Collection<?> first) {
            Collection<?> second = (Collection<?>) b;
            return first.size() == second.size() && sameInOrder(first.iterator(), second.iterator(), heads);
        }
        if (a instanceof Map<?, ?> first) {
            Map<?, ?> second = (Map<?, ?>) b;
            return first.size() == second.size()
                    && sameInOrder(first.entrySet().iterator(), second.entrySet().iterator(), heads);
        }
        if (a instanceof Map.Entry<?, ?> first) {
            Map.Entry<?, ?> second = (Map.Entry<?, ?>) b;
            return same(first.getKey(), second.getKey(), heads) && same(first.getValue(), second.getValue(), heads);
        }
        return false;
    }

    private boolean sameInOrder(Iterator<?> first, Iterator<?> second, boolean heads) {
        while (first.hasNext()) {
            if (!second.hasNext() || !same(first.next(), second.next(), heads)) {
                return false;
            }
        }
        return !second.hasNext();
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof TemporalAccessor
                || value instanceof ZoneId;
    }

    private String digest(String file, String template, Map<String, Object> model, boolean listedHeads) {
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
        } else if (plain(value)) {
            digest.add(value.getClass().getName()).add(value.toString());
        } else if (value instanceof Record record) {
            // Records are immutable: one shared by every page (the site view, with every tag) is digested once.
            Map<Object, String> records = heads ? recordsByHeads : recordsByPosts;
            String known = records.get(record);
            Object twin = known == null ? (heads ? provenSameByHeads : provenSameByPosts).get(record) : null;
            if (twin != null) {
                // The same as a record the last build digested: its digest, without digesting it again.
                known = (heads ? last.recordsByHeads() : last.recordsByPosts()).get(twin);
                if (known != null) {
                    records.put(record, known);
                }
            }
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
