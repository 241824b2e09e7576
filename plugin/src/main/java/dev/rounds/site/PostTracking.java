package dev.rounds.site;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Notes which posts' bodies a template reads while it renders: every {@link Post} reaches a template through
 * {@link Wrapper}, whose model marks the post when the template asks it for anything but
 * {@link Post#HEAD_PROPERTIES} (or for all its keys, its text, or the object itself). The incremental build keys a
 * page that reads only the heads of the posts it lists by those heads, so an edit to a post's body does not make the
 * archive, the sitemap or its neighbours' pages again.
 */
final class PostTracking {

    private static final ThreadLocal<Set<Post>> BODY_READ = new ThreadLocal<>();

    private PostTracking() {
    }

    /** Runs {@code render} with the posts whose body it reads noted in {@code bodyRead}. */
    static <T> T during(Set<Post> bodyRead, Supplier<T> render) {
        Set<Post> outer = BODY_READ.get();
        BODY_READ.set(bodyRead);
        try {
            return render.get();
        } finally {
            if (outer == null) {
                BODY_READ.remove();
            } else {
                BODY_READ.set(outer);
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
            TemplateModel model = super.wrap(object);
            if (object instanceof Post post && model instanceof TemplateHashModelEx hash) {
                return new Tracked(post, hash, this);
            }
            return model;
        }
    }

    /**
     * The head's properties, read straight from the post. FreeMarker reads a record's component through reflection,
     * and Java 17's {@code Method.invoke} walks the stack for the caller's class on every call: a third of the time
     * of rendering the archive of 10,000 posts. What a template gets is the same: the value wrapped by the same wrapper.
     */
    private static final Map<String, Function<Post, Object>> HEAD = Map.ofEntries(
            Map.entry("source", Post::source), Map.entry("page", Post::page), Map.entry("title", Post::title),
            Map.entry("slug", Post::slug), Map.entry("route", Post::route), Map.entry("path", Post::path),
            Map.entry("url", Post::url), Map.entry("date", Post::date), Map.entry("updated", Post::updated),
            Map.entry("published", Post::published), Map.entry("modified", Post::modified),
            Map.entry("draft", Post::draft), Map.entry("scheduled", Post::scheduled), Map.entry("tags", Post::tags),
            Map.entry("coverUrl", Post::coverUrl), Map.entry("lang", Post::lang), Map.entry("author", Post::author),
            Map.entry("reviewer", Post::reviewer), Map.entry("references", Post::references),
            Map.entry("frontMatter", Post::frontMatter));

    static {
        if (!HEAD.keySet().equals(Post.HEAD_PROPERTIES)) {
            throw new IllegalStateException("PostTracking.HEAD must read exactly Post.HEAD_PROPERTIES");
        }
    }

    /** A post as templates see it: FreeMarker's own model of it, noting every read beyond the head. */
    private static final class Tracked implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel,
            WrapperTemplateModel {
        private final Post post;
        private final TemplateHashModelEx model;
        private final ObjectWrapper wrapper;

        Tracked(Post post, TemplateHashModelEx model, ObjectWrapper wrapper) {
            this.post = post;
            this.model = model;
            this.wrapper = wrapper;
        }

        private void bodyRead() {
            Set<Post> reads = BODY_READ.get();
            if (reads != null) {
                reads.add(post);
            }
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Post, Object> head = HEAD.get(key);
            if (head != null) {
                return wrapper.wrap(head.apply(post));
            }
            bodyRead();
            return model.get(key);
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
