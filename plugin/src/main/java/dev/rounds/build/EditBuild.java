package dev.rounds.build;

import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import dev.rounds.core.RunStamp;
import dev.rounds.core.Soon;
import dev.rounds.markdown.MarkdownRenderer;
import dev.rounds.markdown.RenderedMarkdown;
import dev.rounds.site.FeedFile;
import dev.rounds.site.OutputSync;
import dev.rounds.site.Post;
import dev.rounds.site.PostPages;
import dev.rounds.site.SiteContext;
import dev.rounds.site.Templates;
import dev.rounds.source.Author;
import dev.rounds.source.BodyOnDemand;
import dev.rounds.source.DateParser;
import dev.rounds.source.PostReader;
import dev.rounds.source.PostScanner;
import dev.rounds.source.SourcePost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A Maven build after edits to some posts' bodies alone, made without reading or assembling the blog's other posts.
 * <p>
 * It runs only when it can show that the full build would change nothing but the edited posts' own pages and the feed:
 * the last build's stamp, manifest, listing ({@link SiteListing}) and read cache are there and agree; the settings,
 * theme, code and clock span are the last build's, and the output folder is as it left it; no file under the posts
 * folder came or went (a bundle's other files neither); every changed file is a listed post or a page, without aliases,
 * that the last build read
 * without a problem, whose head (path, file name, front matter) and card (summary and reading time) are those the
 * other pages were made from, and whose body reads and renders without a problem now. Every list, tag page, sitemap
 * and neighbour's page then shows exactly what it showed. Anything else, and it declines before touching a file: the
 * caller then builds in full.
 * <p>
 * What it does is what the full build would: it renders the edited posts' pages (with their neighbours, made from the
 * read cache) and the feed when it shows one of them, syncs them into the output folder, and writes the manifest,
 * stamp, listing and read cache the full build would have written. The stages after it get the other posts when they
 * first ask for them ({@link BuiltBlog#edits()}).
 */
final class EditBuild {

    /** The one output made of whole posts that an edit may change; any other makes the build a full one. */
    private static final String FEED = FeedFile.ROUTE;

    /**
     * Tests: off makes every build a full one, to compare the two. Both must leave the same site, manifest, stamp and
     * read cache.
     */
    static volatile boolean enabled = true;

    private final BlogBuilder builder;
    private final BlogConfig config;
    private final Log log;
    /** Set when this build declines: the edited posts' reading, on its own thread, stops at its next step. */
    private volatile boolean declined;

    EditBuild(BlogBuilder builder, BlogConfig config, Log log) {
        this.builder = builder;
        this.config = config;
        this.log = log;
    }

    /**
     * Builds the edits, or nothing when it cannot show that they are all that changed (then nothing was written).
     *
     * @param seen the output folder's files as the failed up-to-date check saw them (it may still be looking: they
     *     are waited for only once everything else is known)
     * @param afterReading run once the edited posts are read and rendered (the caller's warm-up starts then)
     */
    Optional<BuiltBlog> run(Supplier<Map<String, RunStamp.FileState>> seen, Soon<MarkdownRenderer> markdownSoon,
                            Soon<Templates> templatesSoon, Runnable afterReading) {
        if (!enabled) {
            return Optional.empty();
        }
        // The caller asks only with a last stamp and 1 to 64 post files changed (BlogBuilder says why otherwise).
        RunStamp last = builder.previous().orElseThrow();
        Map<String, String> changed = builder.changedPosts();
        for (Problem warning : last.warnings()) {
            if (changed.containsKey(warning.source())) {
                return decline(warning.source() + " had a warning in the last build");
            }
        }
        // The edited posts are read and rendered on a thread of their own while the last build's records are read,
        // after their read-cache entries (the files that hold them are read first, on another thread): a post whose
        // front matter is as the last build read it takes that build's front matter without parsing it.
        Path work = config.workDirectory();
        Path cacheFolder = work.resolve(BlogBuilder.READ_CACHE);
        String cacheVersion = builder.readCacheVersion();
        Soon<ReadCache> changedEntries = Soon.make(() -> ReadCache.openFor(cacheFolder, cacheVersion,
                changed.keySet()));
        Soon<Reading> reading = Soon.make(() -> read(changed.keySet(), markdownSoon, changedEntries));
        builder.lap("edits: changed posts");
        String previousState = BlogBuilder.stateOf(last);
        SiteListing listing = SiteListing.read(work.resolve(SiteListing.FILE), builder.listingKey(previousState))
                .orElse(null);
        if (listing == null) {
            return decline("the last build's listing is missing or unreadable or made for another site state or other"
                    + " credibility settings");
        }
        Map<String, Integer> places = listing.places();
        for (String name : new TreeSet<>(changed.keySet())) {
            if (!places.containsKey(name)) {
                return decline(name + " is not a listed post or page");
            }
        }
        builder.lap("edits: listing");
        String fingerprint = builder.fingerprint();
        BuildManifest manifest = BuildManifest.read(work.resolve(BlogBuilder.MANIFEST));
        if (!manifest.madeWith(fingerprint)) {
            return decline("the last build's manifest is missing or was made with other settings or theme or"
                    + " templates or static files or authors or Rounds");
        }
        if (!manifest.takingWholePosts().stream().allMatch(FEED::equals)) {
            return decline("a page besides the feed shows whole posts");
        }
        builder.lap("edits: manifest");

        // The posts to make: the edited ones, their neighbours, and the feed's when it shows an edited one.
        List<Integer> feed = listing.feed(config.site().feedSize());
        boolean feedShowsEdits = feed.stream().anyMatch(i -> changed.containsKey(listing.listed().get(i).source()));
        Set<String> others = new LinkedHashSet<>();
        for (String name : changed.keySet()) {
            int place = places.get(name);
            if (place >= 0) {
                if (place > 0) {
                    others.add(listing.listed().get(place - 1).source());
                }
                if (place + 1 < listing.listed().size()) {
                    others.add(listing.listed().get(place + 1).source());
                }
            }
        }
        if (feedShowsEdits) {
            feed.forEach(i -> others.add(listing.listed().get(i).source()));
        }
        others.removeAll(changed.keySet());
        Set<String> needed = new LinkedHashSet<>(changed.keySet());
        needed.addAll(others);
        ReadCache cache = ReadCache.openFor(cacheFolder, cacheVersion, needed, changedEntries.get());
        builder.lap("edits: read cache");

        Reading read = reading.get();
        afterReading.run();
        if (read.posts() == null) {
            return decline(read.declined());
        }
        String cardTag = builder.cardTag();
        Map<String, Post> edited = new LinkedHashMap<>();
        Map<String, ReadCache.Entry> entries = new HashMap<>();
        // In the order of their names, so that a decline names the same file every time.
        for (Map.Entry<String, String> edit : new TreeMap<>(changed).entrySet()) {
            String name = edit.getKey();
            ReadCache.Entry old = cache.previous(name).orElse(null);
            Fresh fresh = read.posts().get(name);
            if (old == null || !old.key().equals(ReadCache.key(edit.getValue(), fresh.bundle()))) {
                return decline("the read cache has no entry for the bytes of " + name + " the last build read");
            }
            if (old.renderNow() || !old.problems().isEmpty()) {
                return decline("the last build did not read " + name + " cleanly");
            }
            if (old.card() == null || !old.card().startsWith(cardTag)) {
                return decline("the read cache has no card of " + name + " for this build's settings");
            }
            if (!fresh.head().equals(old.head())) {
                return decline("the front matter or path of " + name + " changed");
            }
            if (!old.card().substring(cardTag.length()).equals(fresh.post().body().card())) {
                return decline("the card of " + name + " changed (its summary or reading time)");
            }
            SourcePost source = fresh.source();
            edited.put(name, fresh.post());
            entries.put(name, new ReadCache.Entry(ReadCache.key(fresh.digest(), fresh.bundle()), source.frontMatter(),
                    source.bodyLine(), source.fileSlug(), false, List.of(), fresh.head(),
                    cardTag + fresh.post().body().card(), source.frontMatterDigest()));
        }
        MarkdownRenderer markdown = read.markdown();
        PostAssembler assembler = read.assembler();
        PostReader reader = read.reader();
        builder.lap("edits: read and render " + changed.size());
        Map<String, Post> made = new HashMap<>(edited);
        Map<String, FeedBodies.Body> bodies = feedShowsEdits ? FeedBodies.read(work.resolve(FeedBodies.FILE), cardTag)
                : Map.of();
        for (String name : others) {
            Optional<Post> post = fromCache(name, cache, reader, markdown, assembler, cardTag, bodies.get(name));
            if (post.isEmpty()) {
                return decline("the read cache has no entry for " + name + "'s bytes");
            }
            made.put(name, post.get());
        }
        builder.lap("edits: neighbours");
        Map<String, RunStamp.FileState> outputs = seen.get();
        if (outputs == null || !RunStamp.sameFiles(outputs, last.outputs())) {
            return decline("the output folder is not as the last build left it");
        }
        builder.lap("edits: output folder");
        return Optional.of(write(last, previousState, listing, places, manifest, fingerprint, outputs, edited, made,
                feedShowsEdits ? feed.stream().map(i -> made.get(listing.listed().get(i).source())).toList() : null,
                entries, cache, bodies, templatesSoon.get()));
    }

    /**
     * Says why this build is not an edit build (with {@code mvn -X}, and as a phase of -Drounds.timings); the full
     * build follows.
     */
    private Optional<BuiltBlog> decline(String why) {
        declined = true;
        declined(builder, log, why);
        return Optional.empty();
    }

    /** Says why a build is not an edit build, as {@link #decline} does (for reasons known before one is tried). */
    static void declined(BlogBuilder builder, Log log, String why) {
        log.debug("Not an edit build: " + why + "; building in full.");
        builder.lap("edits declined (" + why + ")");
    }

    /**
     * The edited posts as read and rendered now, by their path under the posts folder; null when one of them cannot
     * be an edit (it reads or renders with a problem, has aliases, or may report a problem when rendered).
     */
    private record Reading(Map<String, Fresh> posts, String declined, MarkdownRenderer markdown,
                           PostAssembler assembler, PostReader reader) {
    }

    /** An edited post: its file's digest, a bundle's files, what was read, its head and the post made of it. */
    private record Fresh(String digest, List<Path> bundle, SourcePost source, String head, Post post) {
    }

    private Reading read(Set<String> changed, Soon<MarkdownRenderer> markdownSoon, Soon<ReadCache> changedEntries) {
        Path postsFolder = config.postsDirectory();
        PostReader reader = new PostReader(new DateParser(config.site().timeZone()));
        // What reading the authors file finds, the last build reported, and it is in the stamp's warnings.
        Map<String, Author> authors = builder.authorsAsRead();
        PostAssembler assembler = new PostAssembler(config.site(), authors);
        MarkdownRenderer markdown = null;
        Map<String, Fresh> posts = new HashMap<>();
        for (String name : new TreeSet<>(changed)) {
            if (declined) {
                return new Reading(null, "declined", null, assembler, reader);
            }
            String digest = builder.digestOf(name);
            Problems own = new Problems();
            PostScanner.Found found = builder.foundPost(name).orElse(null);
            if (found == null) {
                return new Reading(null, name + " is not found as a post", markdownSoon.get(), assembler, reader);
            }
            ReadCache.Entry old = changedEntries.get().previous(name).orElse(null);
            // Only a front matter the last build read without a problem is taken (and its post's path is the same).
            PostReader.Known known = old != null && old.problems().isEmpty() ? BlogBuilder.known(old) : null;
            SourcePost source = reader.read(postsFolder, found.file(), found.bundleFiles(), own, known).orElse(null);
            String head = source == null ? null : PostAssembler.headOf(source);
            // The renderer is asked for once the first post is read: it is made meanwhile, on its own thread.
            markdown = markdown != null ? markdown : markdownSoon.get();
            String why = source == null || !own.all().isEmpty() ? name + " reads with a problem"
                    : head == null ? "the front matter of " + name + " cannot be digested"
                    : !source.frontMatter().aliases().isEmpty() ? name + " has aliases"
                    : markdown.mayReportProblems(source.body()) ? name + " may report a problem when rendered" : null;
            if (why != null || declined) {
                return new Reading(null, why != null ? why : "declined", markdown, assembler, reader);
            }
            RenderedMarkdown body = markdown.render(name, source.body(), source.bodyLine(),
                    source.frontMatter().excerptSeparator(), own);
            Post post = assembler.assemble(source, () -> body, digest, head, null, own).orElse(null);
            if (post == null || !own.all().isEmpty()) {
                return new Reading(null, name + " renders or assembles with a problem", markdown, assembler, reader);
            }
            // The card is what the comparison with the last build needs; made here, beside the records' reading.
            post.body().card();
            posts.put(name, new Fresh(digest, found.bundleFiles(), source, head, post));
        }
        return new Reading(posts, null, markdown != null ? markdown : markdownSoon.get(), assembler, reader);
    }

    /**
     * The post the full build would make of an unchanged file, from its read-cache entry (its body read again if a
     * page asks for it); nothing when the entry is not for the file's bytes (and a bundle's files).
     */
    private Optional<Post> fromCache(String name, ReadCache cache, PostReader reader, MarkdownRenderer markdown,
                                     PostAssembler assembler, String cardTag, FeedBodies.Body kept) {
        ReadCache.Entry entry = cache.previous(name).orElse(null);
        String digest = builder.digestOf(name);
        PostScanner.Found found = builder.foundPost(name).orElse(null);
        if (entry == null || entry.frontMatter() == null || found == null
                || !entry.key().equals(ReadCache.key(digest, found.bundleFiles()))) {
            return Optional.empty();
        }
        SourcePost source = new SourcePost(found.file(), name, entry.frontMatter(),
                new BodyOnDemand(builder.readAgain(found, reader, BlogBuilder.known(entry))), entry.bodyLine(),
                entry.fileSlug(), found.bundleFiles(), entry.frontMatterDigest());
        // What rendering it reports was reported by the build that read it, and is in the stamp's warnings.
        Problems reported = new Problems();
        String card = entry.card() != null && entry.card().startsWith(cardTag)
                ? entry.card().substring(cardTag.length()) : null;
        Supplier<RenderedMarkdown> body = () -> markdown.render(name, source.body(), source.bodyLine(),
                source.frontMatter().excerptSeparator(), reported);
        if (entry.renderNow()) {
            // As the full build does with a body that may report a problem: rendered at once.
            RenderedMarkdown now = body.get();
            body = () -> now;
        }
        // The feed's HTML of it, when the build that wrote the feed kept it for these very bytes.
        String html = kept != null && kept.key().equals(entry.key()) ? kept.html() : null;
        return assembler.assemble(source, body, digest, entry.head(), card, html, reported);
    }

    private BuiltBlog write(RunStamp last, String previousState, SiteListing listing, Map<String, Integer> places,
                            BuildManifest manifest, String fingerprint, Map<String, RunStamp.FileState> seen,
                            Map<String, Post> edited, Map<String, Post> made, List<Post> feed,
                            Map<String, ReadCache.Entry> entries, ReadCache cache,
                            Map<String, FeedBodies.Body> bodies, Templates templates) {
        Path work = config.workDirectory();
        Path stampFile = work.resolve(BlogBuilder.STAMP);
        Path manifestFile = work.resolve(BlogBuilder.MANIFEST);
        String cardTag = builder.cardTag();
        // From here on a failure leaves no stamp: the next build is a full one.
        RunStamp.delete(stampFile);
        Path staging = work.resolve("site-staging");
        OutputSync.deleteTree(staging);
        Problems problems = new Problems();
        IncrementalOutputs outputs = new IncrementalOutputs(manifest, fingerprint, new ModelDigest(),
                config.outputDirectory(), null, seen, null);
        SiteContext context = new SiteContext(config.site(), templates,
                builder.siteView(listing.tags(), listing.years()), feed == null ? List.of() : feed, List.of(),
                Map.of(), staging, problems, outputs);
        try {
            edited.forEach((name, post) -> {
                int place = places.get(name);
                List<SiteListing.Listed> listed = listing.listed();
                Post newer = place > 0 ? made.get(listed.get(place - 1).source()) : null;
                Post older = place >= 0 && place + 1 < listed.size() ? made.get(listed.get(place + 1).source()) : null;
                PostPages.writeOne(context, post, newer, older);
            });
            if (feed != null) {
                new FeedFile().write(context);
            }
            Problems all = new Problems();
            all.addAll(last.warnings());
            all.addAll(problems.all());
            all.report(log);
        } catch (RuntimeException failed) {
            OutputSync.deleteTree(staging);
            throw failed;
        }
        builder.lap("edits: pages");
        String state = BlogBuilder.stateOf(builder.inputs(), last.validFrom(), last.validUntil());
        // The read cache and the listing are written beside the sync and the manifest; the stamp, which says they
        // stand, after all of them.
        Soon<Boolean> cacheAndListing = Soon.make(() -> {
            entries.forEach((name, entry) -> {
                // A file saved since the build looked at it is left out: its bytes may not be the digest's.
                if (builder.asLookedAt(name)) {
                    cache.put(name, entry);
                } else {
                    cache.drop(name);
                }
            });
            // As the full build does, the card of every other post whose body a page rendered is kept.
            made.forEach((name, post) -> {
                ReadCache.Entry entry = cache.previous(name).orElse(null);
                if (!entries.containsKey(name) && entry != null && post.body().isRendered()
                        && !(cardTag + post.body().card()).equals(entry.card()) && builder.asLookedAt(name)) {
                    cache.put(name, entry.withCard(cardTag + post.body().card()));
                }
            });
            cache.save();
            if (feed != null) {
                builder.keepFeedBodies(feed, name -> entries.containsKey(name) ? Optional.of(entries.get(name))
                        : cache.previous(name), bodies);
            }
            new SiteListing(builder.listingKey(state), listing.listed(), listing.pages(), listing.tags(), listing.years())
                    .write(work.resolve(SiteListing.FILE));
            return true;
        });
        BuildManifest.delete(manifestFile);
        Map<String, RunStamp.FileState> kept = new HashMap<>(seen);
        outputs.digests().keySet().stream().filter(file -> !outputs.kept().containsKey(file)).forEach(kept::remove);
        OutputSync.Result sync = new OutputSync().sync(staging, config.outputDirectory(), kept, last.outputs());
        // The stamp (tens of thousands of files, copied) is made while the manifest is written; it is written last.
        Soon<RunStamp> stamp = Soon.make(() -> {
            Problems warnings = new Problems();
            warnings.addAll(last.warnings());
            warnings.addAll(problems.warnings());
            return new RunStamp(builder.inputs(), last.validFrom(), last.validUntil(), last.summary(),
                    warnings.warnings(), false, sync.files(), builder.takenDigests());
        });
        manifest.with(outputs.digests(), sync.files()).write(manifestFile, manifest.order());
        cacheAndListing.get();
        builder.lap("edits: sync, manifest, read cache and listing");
        stamp.get().write(stampFile, builder.inputOrder(), builder.outputOrder());
        builder.edited(manifest.size() - outputs.digests().size() + outputs.kept().size(), state);
        log.info("Built " + BlogBuilder.count(listing.listed().size(), "post") + " and "
                + BlogBuilder.count(listing.pages().size(), "page") + " into " + config.outputDirectory() + " ("
                + BlogBuilder.count(edited.size(), "post file") + " read, " + sync.written() + " files written, "
                + sync.unchanged() + " unchanged, " + sync.deleted() + " removed).");
        builder.lap("edits: listing and stamp");
        List<BuiltBlog.Published> published = new ArrayList<>();
        for (SiteListing.Listed post : listing.listed()) {
            if (post.published()) {
                published.add(new BuiltBlog.Published(post.source(), post.epochSecond(), post.nano()));
            }
        }
        return new BuiltBlog(config.site(), builder::wholeBlog, builder::postsOf, sync.written(), sync.unchanged(),
                sync.deleted(), state, new BuiltBlog.Edits(previousState, published, edited));
    }
}
