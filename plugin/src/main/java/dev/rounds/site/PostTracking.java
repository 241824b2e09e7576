package dev.rounds.site;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.util.Set;
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
                return new Tracked(post, hash);
            }
            return model;
        }
    }

    /** A post as templates see it: FreeMarker's own model of it, noting every read beyond the head. */
    private static final class Tracked implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel,
            WrapperTemplateModel {
        private final Post post;
        private final TemplateHashModelEx model;

        Tracked(Post post, TemplateHashModelEx model) {
            this.post = post;
            this.model = model;
        }

        private void bodyRead() {
            Set<Post> reads = BODY_READ.get();
            if (reads != null) {
                reads.add(post);
            }
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (!Post.HEAD_PROPERTIES.contains(key)) {
                bodyRead();
            }
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
