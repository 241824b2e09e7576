package dev.rounds.build;

import dev.rounds.core.Digests;
import dev.rounds.core.RecordShape;
import dev.rounds.site.Post;
import dev.rounds.site.PostHeads;
import dev.rounds.site.SiteView;
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
 * fingerprint. The posts a page lists (all but its own "post") stand for what its last render read of them: the head
 * properties it read ({@link PostHeads}: a sitemap that read addresses and dates is kept when a title changes), or
 * their whole digest once it read a body. Values it does not know make the digest unknown, and the page is rendered.
 */
final class ModelDigest {

    /**
     * A page's model as it was last digested, and that digest: a long-running process ({@link BuildMemo}) compares
     * the next model with it before digesting it again.
     *
     * @param listed what the digest takes of the listed posts ({@link PostHeads} mask, or {@link PostHeads#WHOLE})
     */
    record Remembered(String template, int listed, Map<String, Object> model, String digest) {
    }

    /**
     * What one build's digests leave for the next: each page's model and digest, and the digests of the records met
     * (by identity), for each way of taking the listed posts.
     */
    record Carried(Map<String, Remembered> models, Map<Integer, Map<Object, String>> records) {

        static final Carried NOTHING = new Carried(Map.of(), Map.of());
    }

    /** The last build's models by file and record digests (nothing: digest every model). */
    private final Carried last;
    /** This build's models by file, or null when they are not remembered. */
    private final Map<String, Remembered> current;
    /**
     * Records of this build found the same as records of the last one (this build's record to the last one's), by
     * identity, for each way of taking the listed posts: the site's view, shared by every page, is compared once,
     * not once per page, and a record found the same takes the last one's digest.
     */
    private final Map<Integer, Map<Object, Object>> provenSame = new ConcurrentHashMap<>();
    /** Digests of the records met so far, by identity, for each way of taking the listed posts. */
    private final Map<Integer, Map<Object, String>> records = new ConcurrentHashMap<>();
    /** Each site view met, by identity, as a page that did not read its lists takes it ({@link #withoutLists}). */
    private final Map<Object, SiteView> withoutLists = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Digests of the posts' facets met so far, by identity, for each mask of properties ({@link #facets}). */
    private final Map<Integer, Map<Object, String>> postFacets = new ConcurrentHashMap<>();

    /** A digest for one build: every model is digested. */
    ModelDigest() {
        this.last = Carried.NOTHING;
        this.current = null;
    }

    /**
     * A digest that takes the last build's digest for a model that holds the same posts (as the page takes them) and
     * equal values, and remembers this build's models.
     */
    ModelDigest(Carried last) {
        this.last = last;
        this.current = new ConcurrentHashMap<>(Math.max(16, last.models().size() * 4 / 3 + 1));
    }

    /** What this build leaves for the next (nothing when not remembered). */
    Carried carried() {
        return current == null ? Carried.NOTHING : new Carried(current, records);
    }

    private static <V> Map<Object, V> byIdentity(Map<Integer, Map<Object, V>> maps, int listed) {
        return maps.computeIfAbsent(listed, any -> Collections.synchronizedMap(new IdentityHashMap<>()));
    }

    /**
     * @param listed what the page takes of the posts it lists (all but its own "post"): the {@link PostHeads} mask of
     *     the head properties its last render read of them, with {@link PostHeads#SITE_LISTS} if it read the site's
     *     lists (else the site's view is taken without them), or {@link PostHeads#WHOLE}
     * @return the digest, or null when the model holds something this class cannot vouch for
     */
    String of(String file, String template, Map<String, Object> model, int listed) {
        if (current == null) {
            return digest(file, template, model, listed);
        }
        Remembered before = last.models().get(file);
        boolean sameWay = before != null && before.template().equals(template) && before.listed() == listed;
        if (sameWay && identical(model, before.model())) {
            // The very values of last time: the last build's entry is kept as it is, and this model, made only to be
            // compared, dies young (rounds:serve compares every page's model at every save; a new entry for each
            // would be copied to the old generation, only to be replaced at the next save).
            current.put(file, before);
            return before.digest();
        }
        String digest = sameWay && sameModel(model, before.model(), listed) ? before.digest()
                : digest(file, template, model, listed);
        if (digest != null) {
            current.put(file, new Remembered(template, listed, model, digest));
        }
        return digest;
    }

    /** Whether two page models hold the very same values (by identity) under the same keys. */
    private static boolean identical(Map<String, Object> model, Map<String, Object> before) {
        if (model.size() != before.size()) {
            return false;
        }
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            Object value = entry.getValue();
            Object was = before.get(entry.getKey());
            if (value != was || value == null && !before.containsKey(entry.getKey())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two page models have one digest, compared as {@link #digest} feeds them: key by key, the page's own post
     * whole, the other posts as {@code listed} takes them.
     */
    private boolean sameModel(Map<String, Object> model, Map<String, Object> before, int listed) {
        if (model.size() != before.size()) {
            return false;
        }
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            if (!before.containsKey(entry.getKey()) || !same(entry.getValue(), before.get(entry.getKey()),
                    entry.getKey().equals("post") ? PostHeads.WHOLE : listed)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #same(Object, Object, int)} with posts taken whole. */
    boolean same(Object a, Object b) {
        return same(a, b, PostHeads.WHOLE);
    }

    /**
     * Whether two values have one digest because they hold the same things: posts that are the same as {@code listed}
     * takes them (what {@link #feed} feeds for a post), equal plain values, records whose components are the same,
     * and containers whose items are the same in the same order. Anything else is not vouched for. Whenever this
     * holds, {@link #feed} gives both the same bytes; it compares strings and pointers where a digest would hash them.
     */
    boolean same(Object a, Object b, int listed) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Post first) {
            return samePost(first, (Post) b, listed);
        }
        if (a instanceof SiteView first && !PostHeads.readsSiteLists(listed)) {
            return withoutLists(first).equals(withoutLists((SiteView) b));
        }
        if (plain(a)) {
            return a.equals(b);
        }
        if (a instanceof Record) {
            Map<Object, Object> proven = byIdentity(provenSame, listed);
            if (proven.get(a) == b) {
                return true;
            }
            RecordShape shape = RecordShape.of(a.getClass());
            try {
                for (Method accessor : shape.accessors()) {
                    if (!same(accessor.invoke(a), accessor.invoke(b), listed)) {
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
            return first.size() == second.size() && sameInOrder(first.iterator(), second.iterator(), listed);
        }
        if (a instanceof Map<?, ?> first) {
            Map<?, ?> second = (Map<?, ?>) b;
            return first.size() == second.size()
                    && sameInOrder(first.entrySet().iterator(), second.entrySet().iterator(), listed);
        }
        if (a instanceof Map.Entry<?, ?> first) {
            Map.Entry<?, ?> second = (Map.Entry<?, ?>) b;
            return same(first.getKey(), second.getKey(), listed) && same(first.getValue(), second.getValue(), listed);
        }
        return false;
    }

    /**
     * The site view as a page that did not read its lists takes it: the same view with no tags and no years (one
     * record per view met, so that its digest is made once), or the view itself when it has none.
     */
    private SiteView withoutLists(SiteView site) {
        if (site.tags().isEmpty() && site.years().isEmpty()) {
            return site;
        }
        return withoutLists.computeIfAbsent(site, any -> new SiteView(site.title(), site.description(), site.url(),
                site.basePath(), site.language(), site.disclaimer(), site.feedUrl(), java.util.List.of(),
                java.util.List.of(), site.preview()));
    }

    /** Two posts as {@link #feedPost} feeds them. */
    private static boolean samePost(Post first, Post second, int listed) {
        if (PostHeads.faceted(listed)) {
            return sameFacets(first, second, listed);
        }
        boolean byHead = listed != PostHeads.WHOLE && first.headDigest() != null;
        return byHead == (listed != PostHeads.WHOLE && second.headDigest() != null) && (byHead
                ? first.headDigest().equals(second.headDigest()) && sameFacets(first, second, listed & PostHeads.BODY)
                : Objects.equals(first.digest(), second.digest()));
    }

    private static boolean sameFacets(Post first, Post second, int mask) {
        for (int bit = 0; bit < PostHeads.ORDER.size(); bit++) {
            if ((mask & (1 << bit)) != 0 && !PostHeads.sameFacet(first, second, bit)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameInOrder(Iterator<?> first, Iterator<?> second, int listed) {
        while (first.hasNext()) {
            if (!second.hasNext() || !same(first.next(), second.next(), listed)) {
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

    private String digest(String file, String template, Map<String, Object> model, int listed) {
        Digests digest = new Digests().add(file).add(template).add(listed == PostHeads.WHOLE ? "listed posts"
                : "listed " + Integer.toHexString(listed));
        Map<String, Object> sorted = new TreeMap<>(model);
        digest.add("map").add(Integer.toString(sorted.size()));
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            // The page's own post is always taken whole: its page shows its body.
            if (!feed(digest, entry.getKey(), PostHeads.WHOLE)
                    || !feed(digest, entry.getValue(), entry.getKey().equals("post") ? PostHeads.WHOLE : listed)) {
                return null;
            }
        }
        return digest.hex();
    }

    /**
     * A post as a page takes it: whole (its digest); by the facets of the head properties read; or, when one of them
     * has none, by its head digest and the facets of the body's properties read (whole when it has no head digest).
     */
    private void feedPost(Digests digest, Post post, int listed) {
        if (PostHeads.faceted(listed)) {
            digest.add("facets").add(facets(post, listed));
        } else if (listed != PostHeads.WHOLE && post.headDigest() != null) {
            digest.add("head").add(post.headDigest());
            if ((listed & PostHeads.BODY) != 0) {
                digest.add(facets(post, listed & PostHeads.BODY));
            }
        } else {
            digest.add("post").add(String.valueOf(post.digest()));
        }
    }

    /**
     * The digest of a post's facets for the properties of the mask, made once per post and mask in a build: a post is
     * listed on several pages (its tags', the home page's), all keyed by what one template read.
     */
    private String facets(Post post, int mask) {
        // The site's lists are no post's: masks that differ only in them share the posts' facets.
        mask &= ~PostHeads.SITE_LISTS;
        Map<Object, String> known = byIdentity(postFacets, mask);
        String made = known.get(post);
        if (made == null) {
            Digests digest = new Digests();
            for (int bit = 0; bit < PostHeads.ORDER.size(); bit++) {
                if ((mask & (1 << bit)) != 0) {
                    digest.add(PostHeads.facet(post, bit));
                }
            }
            made = digest.hex();
            known.put(post, made);
        }
        return made;
    }

    private boolean feed(Digests digest, Object value, int listed) {
        if (value instanceof SiteView site && !PostHeads.readsSiteLists(listed)) {
            // A page that did not read the site's lists takes the rest of it.
            value = withoutLists(site);
        }
        if (value == null) {
            digest.add("null");
        } else if (value instanceof Post post) {
            feedPost(digest, post, listed);

        } else if (plain(value)) {
            digest.add(value.getClass().getName()).add(value.toString());
        } else if (value instanceof Record record) {
            // Records are immutable: one shared by every page (the site view, with every tag) is digested once.
            Map<Object, String> known = byIdentity(records, listed);
            String own = known.get(record);
            Object twin = own == null ? byIdentity(provenSame, listed).get(record) : null;
            if (twin != null) {
                // The same as a record the last build digested: its digest, without digesting it again.
                Map<Object, String> lastRecords = last.records().get(listed);
                own = lastRecords == null ? null : lastRecords.get(twin);
                if (own != null) {
                    known.put(record, own);
                }
            }
            if (own == null) {
                Digests parts = new Digests().add(record.getClass().getName());
                RecordShape shape;
                try {
                    shape = RecordShape.of(record.getClass());
                } catch (RuntimeException unreadable) {
                    return false;
                }
                for (int i = 0; i < shape.names().length; i++) {
                    try {
                        if (!feed(parts.add(shape.names()[i]), shape.accessors()[i].invoke(record), listed)) {
                            return false;
                        }
                    } catch (ReflectiveOperationException | RuntimeException unreadable) {
                        return false;
                    }
                }
                own = parts.hex();
                known.put(record, own);
            }
            digest.add("record").add(own);
        } else if (value instanceof Collection<?> items) {
            digest.add("list").add(Integer.toString(items.size()));
            for (Object item : items) {
                if (!feed(digest, item, listed)) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.add("map").add(Integer.toString(map.size()));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!feed(digest, entry.getKey(), listed) || !feed(digest, entry.getValue(), listed)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }
}
