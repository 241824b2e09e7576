package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.site.PostHeads;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * rounds:serve takes a page's last digest when its model is the same as last time ({@link ModelDigest#same}) instead
 * of digesting it again. That is sound only if "the same" never holds for two models with different digests: checked
 * here on generated models (plain values, records, lists and maps three levels deep), against copies of them and
 * against copies with one value changed.
 */
class ModelDigestProperties {

    enum Ward { ICU, ED }

    record Leaf(String name, int count) {
    }

    record Box(List<Object> items, Map<String, Object> fields, Leaf leaf) {
    }

    @Property(tries = 300)
    void aCopyIsTheSameAndHasTheSameDigest(@ForAll("models") Map<String, Object> model) {
        Map<String, Object> copy = copyMap(model);
        ModelDigest memo = new ModelDigest(ModelDigest.Carried.NOTHING);
        assertTrue(memo.same(model, copy));
        String digest = new ModelDigest().of("page/index.html", "post.ftlh", model, PostHeads.WHOLE);
        assertNotNull(digest);
        assertEquals(digest, new ModelDigest().of("page/index.html", "post.ftlh", copy, PostHeads.WHOLE));
    }

    @Property(tries = 300)
    void aChangedValueIsNotTheSame(@ForAll("models") Map<String, Object> model, @ForAll("values") Object value) {
        Map<String, Object> changed = copyMap(model);
        changed.put("changed", value);
        Map<String, Object> before = copyMap(model);
        before.put("changed", "the value before: a text no generated value has");
        ModelDigest memo = new ModelDigest(ModelDigest.Carried.NOTHING);
        String first = new ModelDigest().of("f", "t", before, PostHeads.WHOLE);
        String second = new ModelDigest().of("f", "t", changed, PostHeads.WHOLE);
        assertNotEquals(first, second);
        assertFalse(memo.same(before, changed));
    }

    @Property(tries = 300)
    void aLeafChangedDeepInsideIsNotTheSame(@ForAll("models") Map<String, Object> model,
                                           @ForAll("leafIndexes") int pick) {
        int[] leaves = {0};
        copyMap(model, -1, leaves);
        if (leaves[0] == 0) {
            return;
        }
        Map<String, Object> changed = copyMap(model, pick % leaves[0], new int[] {0});
        assertFalse(new ModelDigest(ModelDigest.Carried.NOTHING).same(model, changed),
                "same after a change: " + model + " / " + changed);
        assertNotEquals(new ModelDigest().of("f", "t", model, PostHeads.WHOLE),
                new ModelDigest().of("f", "t", changed, PostHeads.WHOLE));
    }

    @Provide
    Arbitrary<Integer> leafIndexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Property(tries = 300)
    void theSameImpliesTheSameDigest(@ForAll("models") Map<String, Object> first,
                                     @ForAll("models") Map<String, Object> second) {
        if (new ModelDigest(ModelDigest.Carried.NOTHING).same(first, second)) {
            assertEquals(new ModelDigest().of("f", "t", first, PostHeads.WHOLE),
                    new ModelDigest().of("f", "t", second, PostHeads.WHOLE));
        }
    }

    @Property(tries = 300)
    void aRememberedDigestIsTakenOnlyForTheSameModel(@ForAll("models") Map<String, Object> model,
                                                      @ForAll("values") Object value) {
        Map<String, Object> before = copyMap(model);
        before.put("last", "the value before: a text no generated value has");
        ModelDigest last = new ModelDigest(ModelDigest.Carried.NOTHING);
        String digest = last.of("f", "t", before, PostHeads.WHOLE);
        assertEquals(digest, new ModelDigest(last.carried()).of("f", "t", copyMap(before), PostHeads.WHOLE));
        // Changed at the end: the records met before the change are proven the same as last time's, and their
        // digests are carried over; the page's digest is still the one a fresh digest gives.
        Map<String, Object> changed = copyMap(model);
        changed.put("last", value);
        assertEquals(new ModelDigest().of("f", "t", changed, PostHeads.WHOLE), new ModelDigest(last.carried())
                .of("f", "t", changed, PostHeads.WHOLE));
        assertEquals(new ModelDigest().of("f", "other.ftlh", before, PostHeads.WHOLE), new ModelDigest(last.carried())
                .of("f", "other.ftlh", before, PostHeads.WHOLE));
        assertEquals(new ModelDigest().of("f", "t", before, PostHeads.ALL), new ModelDigest(last.carried())
                .of("f", "t", before, PostHeads.ALL));
    }

    /**
     * A page that did not read the site's lists is keyed by the rest of the site's view: two views digest alike for it
     * exactly when they differ at most in their tags and years; for a page that read them (or whole posts), exactly
     * when they are equal. "The same" implies the same digest either way, remembered or not.
     */
    @Property(tries = 500)
    void theSiteCountsWithItsListsOnlyForAPageThatReadThem(@ForAll("sites") dev.rounds.site.SiteView first,
                                                          @ForAll("sites") dev.rounds.site.SiteView second,
                                                          @ForAll("siteMasks") int listed) {
        Map<String, Object> a = new LinkedHashMap<>(Map.of("site", first, "n", 1));
        Map<String, Object> b = new LinkedHashMap<>(Map.of("site", second, "n", 1));
        boolean equalDigests = new ModelDigest().of("f", "t", a, listed).equals(new ModelDigest().of("f", "t", b,
                listed));
        boolean lists = PostHeads.readsSiteLists(listed);
        boolean equalViews = lists ? first.equals(second) : withoutLists(first).equals(withoutLists(second));
        assertEquals(equalViews, equalDigests, "lists read: " + lists);
        ModelDigest memo = new ModelDigest(ModelDigest.Carried.NOTHING);
        assertEquals(equalViews, memo.same(a, b, listed), "the same, compared");
        String remembered = memo.of("f", "t", a, listed);
        assertEquals(equalViews, remembered.equals(new ModelDigest(memo.carried()).of("f", "t", b, listed)),
                "a remembered digest");
    }

    private static dev.rounds.site.SiteView withoutLists(dev.rounds.site.SiteView site) {
        return new dev.rounds.site.SiteView(site.title(), site.description(), site.url(), site.basePath(),
                site.language(), site.disclaimer(), site.feedUrl(), List.of(), List.of(), site.preview());
    }

    @Provide
    Arbitrary<dev.rounds.site.SiteView> sites() {
        Arbitrary<dev.rounds.site.TagRef> tag = net.jqwik.api.Combinators.combine(Arbitraries.of("sepsis", "asthma"),
                Arbitraries.integers().between(0, 2)).as((name, count) -> new dev.rounds.site.TagRef(name, name,
                "/tags/" + name + "/", count));
        return net.jqwik.api.Combinators.combine(Arbitraries.of("Ward Notes", "Night Notes"),
                Arbitraries.of("/", "/blog/"), Arbitraries.of("Not advice.", ""),
                tag.list().ofMaxSize(2), Arbitraries.of(2024, 2025).list().ofMaxSize(2), Arbitraries.of(true, false))
                .as((title, base, disclaimer, tags, years, preview) -> new dev.rounds.site.SiteView(title, "About.",
                        "https://example.org" + base, base, "en", disclaimer, "https://example.org/feed.xml", tags,
                        years, preview));
    }

    @Provide
    Arbitrary<Integer> siteMasks() {
        int title = 1 << PostHeads.bit("title");
        return Arbitraries.of(0, title, PostHeads.SITE_LISTS, PostHeads.SITE_LISTS | title, PostHeads.WHOLE);
    }

    @Provide
    Arbitrary<Map<String, Object>> models() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(6), value(2)).ofMaxSize(5)
                .map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<Object> values() {
        return value(2);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> plain = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.bigDecimals().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.of(Ward.class).map(Object.class::cast),
                Arbitraries.integers().between(0, 100_000).map(minutes -> (Object) ZonedDateTime.of(2026, 3, 1, 0, 0,
                        0, 0, ZoneId.of("America/New_York")).plusMinutes(minutes)),
                Arbitraries.just(null),
                Arbitraries.strings().alpha().ofMaxLength(5).flatMap(name -> Arbitraries.integers().between(0, 9)
                        .map(count -> (Object) new Leaf(name, count))));
        if (depth == 0) {
            return plain;
        }
        Arbitrary<Object> inner = value(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, plain),
                net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(4).map(items -> (Object) new ArrayList<>(items))),
                net.jqwik.api.Tuple.of(1, Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4), inner)
                        .ofMaxSize(3).map(map -> (Object) new LinkedHashMap<>(map))),
                net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(3).flatMap(items -> Arbitraries.maps(
                        Arbitraries.strings().alpha().ofMaxLength(4), inner).ofMaxSize(2).map(fields -> (Object)
                        new Box(new ArrayList<>(items), new LinkedHashMap<>(fields), new Leaf("leaf", items.size()))))));
    }

    /** A copy with new containers and records all the way down (plain values are shared, as a new build's are equal). */
    private static Map<String, Object> copyMap(Map<String, Object> model) {
        return copyMap(model, -1, new int[] {0});
    }

    /**
     * A copy in which the plain value that comes {@code change}-th in order (counting in {@code seen}) is replaced by
     * another of the same type and, for text, the same length; -1 changes nothing.
     */
    private static Map<String, Object> copyMap(Map<String, Object> model, int change, int[] seen) {
        Map<String, Object> copy = new LinkedHashMap<>();
        model.forEach((key, value) -> copy.put(key, copy(value, change, seen)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value, int change, int[] seen) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item, change, seen)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap((Map<String, Object>) map, change, seen);
        }
        if (value instanceof Box box) {
            return new Box((List<Object>) copy(box.items(), change, seen), copyMap(box.fields(), change, seen),
                    (Leaf) copy(box.leaf(), change, seen));
        }
        if (value instanceof Leaf leaf) {
            return new Leaf((String) copy(leaf.name(), change, seen), (Integer) copy(leaf.count(), change, seen));
        }
        if (value == null) {
            return null;
        }
        if (seen[0]++ != change) {
            return value instanceof String text ? new String(text) : value;
        }
        if (value instanceof String text) {
            return text.isEmpty() ? "x" : text.substring(0, text.length() - 1)
                    + (text.charAt(text.length() - 1) == 'a' ? 'b' : 'a');
        } else if (value instanceof Integer number) {
            return number + 1;
        } else if (value instanceof Long number) {
            return number + 1;
        } else if (value instanceof Double number) {
            return number.isNaN() ? 0.0 : number == 0.0 ? 1.0 : number + Math.max(1.0, Math.ulp(number));
        } else if (value instanceof BigDecimal number) {
            return number.add(BigDecimal.ONE);
        } else if (value instanceof Boolean flag) {
            return !flag;
        } else if (value instanceof Ward ward) {
            return ward == Ward.ICU ? Ward.ED : Ward.ICU;
        } else if (value instanceof ZonedDateTime time) {
            return time.plusSeconds(1);
        }
        throw new IllegalStateException("no change for " + value);
    }
}
