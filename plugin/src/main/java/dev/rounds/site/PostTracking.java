package dev.rounds.site;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Notes what a template reads of the posts it lists while it renders: every {@link Post} reaches a template through
 * {@link Wrapper}, whose model notes each of the {@link Post#HEAD_PROPERTIES} the template asks for, and marks the
 * post's body as read when it asks for anything else (or for all its keys, its text, or the object itself). The
 * incremental build keys a page by what it read of the posts it lists ({@link PostHeads}), so an edit to a post's body
 * does not make the archive or its neighbours' pages again, and a new title leaves the sitemap as it is. The site
 * ({@link SiteView}) reaches it through a model that notes a read of its lists, so a new post leaves the pages that
 * did not read them as they are.
 */
final class PostTracking {

    private static final ThreadLocal<Reads> READS = new ThreadLocal<>();

    private PostTracking() {
    }

    /**
     * What one render read of the posts it lists, all but the page's own post (which is always taken whole): the head
     * properties ({@link PostHeads} bits), with {@link PostHeads#SITE_LISTS} once it read the site's lists, or
     * {@link PostHeads#WHOLE} once any listed post's body was read. Used by the one thread that renders.
     */
    static final class Reads {
        private final Object own;
        private int listed;

        /** @param own the page's own post (the model's "post"), or null */
        Reads(Object own) {
            this.own = own;
        }

        private void head(Post post, int bit) {
            if (post != own && listed != PostHeads.WHOLE) {
                listed |= 1 << bit;
            }
        }

        private void body(Post post) {
            if (post != own) {
                listed = PostHeads.WHOLE;
            }
        }

        private void siteLists() {
            if (listed != PostHeads.WHOLE) {
                listed |= PostHeads.SITE_LISTS;
            }
        }

        /**
         * The head properties read of the listed posts, with {@link PostHeads#SITE_LISTS} if the site's lists were
         * read, or {@link PostHeads#WHOLE}.
         */
        int listed() {
            return listed;
        }
    }

    /** Runs {@code render} with what it reads of posts noted in {@code reads}. */
    static <T> T during(Reads reads, Supplier<T> render) {
        Reads outer = READS.get();
        READS.set(reads);
        try {
            return render.get();
        } finally {
            if (outer == null) {
                READS.remove();
            } else {
                READS.set(outer);
            }
        }
    }

    /** FreeMarker's default wrapper, with posts in a model that notes what is read of them. */
    static final class Wrapper extends DefaultObjectWrapper {
        Wrapper(Version version) {
            super(version);
        }

        @Override
        public TemplateModel wrap(Object object) throws TemplateModelException {
            if (object instanceof DateView date) {
                return new Dated(date, this);
            }
            if (object instanceof SiteView site) {
                return new Site(site, this);
            }
            TemplateModel model = super.wrap(object);
            if (object instanceof Post post && model instanceof TemplateHashModelEx hash) {
                return new Tracked(post, hash, this);
            }
            return model;
        }

        /** FreeMarker's own model of an object, as it would wrap it. */
        TemplateModel plain(Object object) throws TemplateModelException {
            return super.wrap(object);
        }
    }

    /**
     * A record as templates see it: the components {@link #straight} names read straight from the record (FreeMarker
     * reads a record's component through reflection, and Java 17's {@code Method.invoke} walks the stack for the
     * caller's class on every call), anything else from FreeMarker's own model, made only then. Every read that is not
     * straight (another key, a method call, its keys, values or text, the object itself) is told to {@link #beyond}.
     */
    private abstract static class Straight<T> implements TemplateHashModelEx, TemplateScalarModel,
            MethodCallAwareTemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        final T value;
        final Wrapper wrapper;
        private TemplateHashModelEx model;

        Straight(T value, Wrapper wrapper) {
            this.value = value;
            this.wrapper = wrapper;
        }

        /** Whether {@code key} is read straight from the record. */
        abstract boolean straight(String key);

        /** The value of a key read {@link #straight}. */
        abstract Object valueOf(String key);

        /** Told of a read that is not straight. */
        void beyond() {
        }

        private TemplateHashModelEx model() throws TemplateModelException {
            if (model == null) {
                model = (TemplateHashModelEx) wrapper.plain(value);
            }
            return model;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (straight(key)) {
                return wrapper.wrap(valueOf(key));
            }
            beyond();
            return model().get(key);
        }

        /** {@code published.iso()}: what FreeMarker's own model gives for a method call. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            beyond();
            return model() instanceof MethodCallAwareTemplateHashModel aware ? aware.getBeforeMethodCall(key)
                    : model().get(key);
        }

        /** {@code ${post.published}}: the record's text, as FreeMarker's own model gives it. */
        @Override
        public String getAsString() throws TemplateModelException {
            beyond();
            return model() instanceof TemplateScalarModel text ? text.getAsString() : value.toString();
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return model().isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return model().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            beyond();
            return model().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            beyond();
            return model().values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            beyond();
            return value;
        }

        @Override
        public Object getWrappedObject() {
            beyond();
            return value;
        }
    }

    /**
     * A post's date as templates see it: its parts ({@code iso}, {@code display}, {@code year}) read straight from
     * the record. An archive of 10,000 posts reads two parts of each post's date.
     */
    private static final class Dated extends Straight<DateView> {

        Dated(DateView date, Wrapper wrapper) {
            super(date, wrapper);
        }

        @Override
        boolean straight(String key) {
            return key.equals("iso") || key.equals("display") || key.equals("year");
        }

        @Override
        Object valueOf(String key) {
            return switch (key) {
                case "iso" -> value.iso();
                case "display" -> value.display();
                default -> value.year();
            };
        }
    }

    /**
     * The site as templates see it: its plain values read straight from the record, anything else noted as a read of
     * its lists (tags and years, {@link PostHeads#SITE_LISTS}), which change with every post that comes or goes; the
     * rest of it changes only with the settings.
     */
    private static final class Site extends Straight<SiteView> {
        private static final java.util.Set<String> PLAIN = java.util.Set.of("title", "description", "url", "basePath",
                "language", "disclaimer", "feedUrl", "preview");

        Site(SiteView site, Wrapper wrapper) {
            super(site, wrapper);
        }

        @Override
        boolean straight(String key) {
            return PLAIN.contains(key);
        }

        @Override
        Object valueOf(String key) {
            return switch (key) {
                case "title" -> value.title();
                case "description" -> value.description();
                case "url" -> value.url();
                case "basePath" -> value.basePath();
                case "language" -> value.language();
                case "disclaimer" -> value.disclaimer();
                case "feedUrl" -> value.feedUrl();
                default -> value.preview();
            };
        }

        @Override
        void beyond() {
            Reads reads = READS.get();
            if (reads != null) {
                reads.siteLists();
            }
        }
    }

    /**
     * The head's properties, read straight from the post. FreeMarker reads a record's component through reflection,
     * and Java 17's {@code Method.invoke} walks the stack for the caller's class on every call: a third of the time
     * of rendering the archive of 10,000 posts. What a template gets is the same: the value wrapped by the same wrapper.
     */
    private static final Map<String, Function<Post, Object>> HEAD_VALUES = Map.ofEntries(
            Map.entry("source", Post::source), Map.entry("page", Post::page), Map.entry("title", Post::title),
            Map.entry("slug", Post::slug), Map.entry("route", Post::route), Map.entry("path", Post::path),
            Map.entry("url", Post::url), Map.entry("date", Post::date), Map.entry("updated", Post::updated),
            Map.entry("published", Post::published), Map.entry("modified", Post::modified),
            Map.entry("draft", Post::draft), Map.entry("scheduled", Post::scheduled), Map.entry("tags", Post::tags),
            Map.entry("coverUrl", Post::coverUrl), Map.entry("lang", Post::lang), Map.entry("author", Post::author),
            Map.entry("reviewer", Post::reviewer), Map.entry("references", Post::references),
            Map.entry("frontMatter", Post::frontMatter), Map.entry("summaryHtml", Post::summaryHtml),
            Map.entry("readingMinutes", Post::readingMinutes));

    /** A head property: how to read it, and its bit. */
    private record Head(Function<Post, Object> value, int bit) {
    }

    private static final Map<String, Head> HEAD = HEAD_VALUES.entrySet().stream().collect(
            Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> new Head(entry.getValue(),
                    PostHeads.bit(entry.getKey()))));

    static {
        if (!HEAD.keySet().equals(Post.HEAD_PROPERTIES)) {
            throw new IllegalStateException("PostTracking.HEAD must read exactly Post.HEAD_PROPERTIES");
        }
    }

    /** A post as templates see it: FreeMarker's own model of it, noting every read beyond the head. */
    private static final class Tracked implements TemplateHashModelEx, TemplateScalarModel,
            MethodCallAwareTemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        private final Post post;
        private final TemplateHashModelEx model;
        private final ObjectWrapper wrapper;

        Tracked(Post post, TemplateHashModelEx model, ObjectWrapper wrapper) {
            this.post = post;
            this.model = model;
            this.wrapper = wrapper;
        }

        private void bodyRead() {
            Reads reads = READS.get();
            if (reads != null) {
                reads.body(post);
            }
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Head head = HEAD.get(key);
            if (head != null) {
                Reads reads = READS.get();
                if (reads != null) {
                    reads.head(post, head.bit());
                }
                return wrapper.wrap(head.value().apply(post));
            }
            bodyRead();
            return model.get(key);
        }

        /** {@code post.title()} or {@code post.hasAnchor(id)}: noted as {@link #get} notes it, made by FreeMarker. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            Head head = HEAD.get(key);
            Reads reads = READS.get();
            if (head == null) {
                bodyRead();
            } else if (reads != null) {
                reads.head(post, head.bit());
            }
            return model instanceof MethodCallAwareTemplateHashModel aware ? aware.getBeforeMethodCall(key)
                    : model.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return model.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            bodyRead();
            return model.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            bodyRead();
            return model.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            bodyRead();
            return model.values();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            bodyRead();
            return model instanceof TemplateScalarModel text ? text.getAsString() : post.toString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            bodyRead();
            return post;
        }

        @Override
        public Object getWrappedObject() {
            bodyRead();
            return post;
        }
    }
}
