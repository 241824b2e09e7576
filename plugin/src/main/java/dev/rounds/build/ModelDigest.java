package dev.rounds.build;

import dev.rounds.site.Post;
import java.lang.reflect.RecordComponent;
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
 * fingerprint. Values it does not know make the digest unknown, and the page is rendered.
 */
final class ModelDigest {

    /** Digests of the records met so far, by identity. */
    private final Map<Object, String> records = Collections.synchronizedMap(new IdentityHashMap<>());

    /** @return the digest, or null when the model holds something this class cannot vouch for */
    String of(String file, String template, Map<String, Object> model) {
        Digests digest = new Digests().add(file).add(template);
        return feed(digest, new TreeMap<>(model)) ? digest.hex() : null;
    }

    private boolean feed(Digests digest, Object value) {
        if (value == null) {
            digest.add("null");
        } else if (value instanceof Post post) {
            digest.add("post").add(post.digest());
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof TemporalAccessor
                || value instanceof ZoneId) {
            digest.add(value.getClass().getName()).add(value.toString());
        } else if (value instanceof Record record) {
            // Records are immutable: one shared by every page (the site view, with every tag) is digested once.
            String known = records.get(record);
            if (known == null) {
                Digests own = new Digests().add(record.getClass().getName());
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        component.getAccessor().setAccessible(true);
                        if (!feed(own.add(component.getName()), component.getAccessor().invoke(record))) {
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
                if (!feed(digest, item)) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.add("map").add(Integer.toString(map.size()));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!feed(digest, entry.getKey()) || !feed(digest, entry.getValue())) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }
}
