package dev.rounds.build;

import dev.rounds.core.CacheCodec;
import dev.rounds.core.Problems;
import dev.rounds.markdown.RenderedMarkdown;
import dev.rounds.site.DateView;
import dev.rounds.site.Permalinks;
import dev.rounds.site.Post;
import dev.rounds.site.PostBody;
import dev.rounds.site.SiteSettings;
import dev.rounds.site.TagRef;
import dev.rounds.source.Author;
import dev.rounds.source.FrontMatter;
import dev.rounds.source.Slugs;
import dev.rounds.source.SourcePost;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Puts a read post and its rendered body together into the {@link Post} templates see. */
final class PostAssembler {

    private final SiteSettings settings;
    private final Permalinks permalinks;
    private final Map<String, Author> authors;
    private final Map<String, Author> unknown = new ConcurrentHashMap<>();
    /** Each tag as a post names it, made once a build (a blog's few hundred tags name thousands of posts). */
    private final Map<String, TagRef> tagRefs = new ConcurrentHashMap<>();
    /** Each date's view, made once a build for each language (a formatter's work, shared by posts of one date). */
    private final Map<String, Map<ZonedDateTime, DateView>> dates = new ConcurrentHashMap<>();

    PostAssembler(SiteSettings settings, Map<String, Author> authors) {
        this.settings = settings;
        this.permalinks = new Permalinks(settings.permalink());
        this.authors = authors;
    }

    /**
     * What everything in a post but its body is made of, besides the settings and the clock: its path, its file's
     * slug and its front matter, digested in a fixed order. Null when the front matter holds a value that cannot be
     * digested exactly.
     */
    static String headOf(SourcePost source) {
        return CacheCodec.digestOf(Arrays.asList(source.relativePath(), source.fileSlug(), source.frontMatter()));
    }

    /**
     * @param body the post's body, rendered now or when first needed
     * @param fileDigest the digest of the post's file
     * @param head the post's {@link #headOf head}, or null
     * @param knownCard what the post's card showed when this very file was last rendered ({@code PostBody.card()}),
     *                  or null
     */
    Optional<Post> assemble(SourcePost source, Supplier<RenderedMarkdown> body, String fileDigest, String head,
                            String knownCard, Problems problems) {
        return assemble(source, body, fileDigest, head, knownCard, null, problems);
    }

    /**
     * As above, with the body's HTML as the build that last wrote the feed had it for this very file, or null
     * ({@link FeedBodies}).
     */
    Optional<Post> assemble(SourcePost source, Supplier<RenderedMarkdown> body, String fileDigest, String head,
                            String knownCard, String knownHtml, Problems problems) {
        FrontMatter fm = source.frontMatter();
        String where = source.relativePath();
        Optional<String> slug = slug(source, problems);
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime date = fm.date();
        Optional<String> route = permalinks.route(source, slug.get(), date);
        if (route.isEmpty() || route.get().isEmpty() && date != null) {
            problems.error(where, fm.lineOf("permalink", fm.lineOf("url", 1)),
                    "The post's path would leave the site folder or replace the home page.",
                    "Use a permalink without '..', such as /2024/03/my-post/.");
            return Optional.empty();
        }
        String lang = fm.lang() == null ? settings.language() : fm.lang();
        String title = fm.title().isEmpty() ? humanise(slug.get()) : fm.title();
        Instant now = settings.now();
        ZonedDateTime visibleFrom = fm.publishDate() != null ? fm.publishDate() : date;
        boolean scheduled = visibleFrom != null && visibleFrom.toInstant().isAfter(now)
                || fm.expiryDate() != null && fm.expiryDate().toInstant().isBefore(now);
        List<TagRef> tags;
        if (fm.tags().isEmpty()) {
            tags = List.of();
        } else {
            TagRef[] refs = new TagRef[fm.tags().size()];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = tagRefs.computeIfAbsent(fm.tags().get(i), tag -> {
                    String tagSlug = Slugs.slugify(tag);
                    return new TagRef(tag, tagSlug, settings.pathOf("tags/" + tagSlug + "/"), 0);
                });
            }
            tags = List.of(refs);
        }
        return Optional.of(new Post(where, date == null, title, slug.get(), route.get(), settings.pathOf(route.get()),
                settings.urlOf(route.get()), date, fm.lastmod(), dateView(date, lang), dateView(fm.lastmod(), lang),
                fm.draft(), scheduled, tags, new PostBody(body, fm.summary(), fm.description(), knownCard, knownHtml),
                coverUrl(fm.cover(), route.get()), lang, person(fm.author()), person(fm.reviewedBy()), fm.references(),
                fm, identity(fileDigest, fm.draft(), scheduled, where),
                head == null ? null : "head " + identity(head, fm.draft(), scheduled, where)));
    }

    private DateView dateView(ZonedDateTime date, String lang) {
        if (date == null) {
            return null;
        }
        return dates.computeIfAbsent(String.valueOf(lang), any -> new ConcurrentHashMap<>())
                .computeIfAbsent(date, made -> DateView.of(made, lang));
    }

    /**
     * What a post is, as one text: a digest of fixed length, the two clock flags, the path. Equal texts, the same
     * post; made by joining, not hashing again (a build makes two for every post, and the pages that take a post by
     * it digest the text anyway).
     */
    static String identity(String digest, boolean draft, boolean scheduled, String where) {
        return digest + (draft ? " draft" : " -") + (scheduled ? " scheduled " : " - ") + where;
    }

    private Optional<String> slug(SourcePost source, Problems problems) {
        String written = source.frontMatter().slug();
        if (written == null) {
            return Optional.of(Slugs.slugify(source.fileSlug()));
        }
        if (written.contains("/") || written.contains("\\") || written.contains("..")) {
            problems.error(source.relativePath(), source.frontMatter().lineOf("slug", 1),
                    "The slug '" + written + "' would leave the post's folder.",
                    "A slug is one path segment, e.g. 'statins-in-ckd'.");
            return Optional.empty();
        }
        return Optional.of(Slugs.slugify(written));
    }

    private Author person(String key) {
        if (key == null) {
            return null;
        }
        Author known = authors.get(key);
        // A key the authors file does not know stands for a person of that name: one record a key, shared by the
        // posts that name it (a blog without an authors file names the same few on thousands of posts).
        return known != null ? known
                : unknown.computeIfAbsent(key, name -> new Author(name, name, "", "", "", "", List.of(), ""));
    }

    private String coverUrl(String cover, String route) {
        if (cover == null) {
            return null;
        }
        if (cover.matches("https?://.*")) {
            return cover;
        }
        if (cover.startsWith("/")) {
            return settings.urlOf(cover.substring(1));
        }
        return settings.urlOf(route + cover);
    }

    private static String humanise(String slug) {
        String words = slug.replace('-', ' ');
        return words.isEmpty() ? slug : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
