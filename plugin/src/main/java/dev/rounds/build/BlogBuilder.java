package dev.rounds.build;

import dev.rounds.core.Digests;
import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import dev.rounds.core.RecordShape;
import dev.rounds.core.RelativeNames;
import dev.rounds.core.RoundsException;
import dev.rounds.core.RunStamp;
import dev.rounds.core.Soon;
import dev.rounds.core.SortedNames;
import dev.rounds.core.Timings;
import dev.rounds.credibility.CredibilityChecks;
import dev.rounds.markdown.MarkdownRenderer;
import dev.rounds.markdown.RenderedMarkdown;
import dev.rounds.site.AliasPages;
import dev.rounds.site.ArchivePages;
import dev.rounds.site.FeedFile;
import dev.rounds.site.GeneratedRoutes;
import dev.rounds.site.HomePages;
import dev.rounds.site.NotFoundPage;
import dev.rounds.site.OutputSync;
import dev.rounds.site.Permalinks;
import dev.rounds.site.Post;
import dev.rounds.site.PostPages;
import dev.rounds.site.RobotsFile;
import dev.rounds.site.SiteContext;
import dev.rounds.site.SiteOutput;
import dev.rounds.site.SiteOutputs;
import dev.rounds.site.SiteView;
import dev.rounds.site.SitemapFile;
import dev.rounds.site.StaticFiles;
import dev.rounds.site.TagPages;
import dev.rounds.site.TagRef;
import dev.rounds.site.Templates;
import dev.rounds.source.Author;
import dev.rounds.source.AuthorsReader;
import dev.rounds.source.BodyOnDemand;
import dev.rounds.source.DateParser;
import dev.rounds.source.FrontMatter;
import dev.rounds.source.PostReader;
import dev.rounds.source.PostScanner;
import dev.rounds.source.SourcePost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Builds the blog. Reads like the recipe it is: read the posts, render them, check them, write every output into a
 * staging folder, and only when nothing failed, move the result into the output folder. Every problem of the run is
 * reported at once.
 */
public final class BlogBuilder {

    /** The incremental build's manifest, in the work folder. */
    static final String MANIFEST = "build-manifest.txt";
    /** The theme's templates an edit renders (a post, the lists that show it) and those they bring in. */
    private static final List<String> MAIN_TEMPLATES = List.of("post.ftlh", "index.ftlh", "tag.ftlh", "layout.ftlh",
            "labels.ftlh", "jsonld.ftlh");

    /** What the last successful build read and left, in the work folder: a build with nothing to do stops there. */
    static final String STAMP = "build-stamp.txt";

    /** What reading each post gave, in the work folder: an unchanged post is not read again. */
    static final String READ_CACHE = "read-cache";

    /**
     * The most edited posts for which the other pages are settled ({@link #bodyEdits}): their bodies are rendered
     * before any page is written, so more would hold more HTML at once than the page-by-page render does.
     */
    private static final int SETTLED_EDITS = 64;

    private final BlogConfig config;
    private final Log log;
    private final ClassLoader themeLoader;
    private String fingerprint;
    private String inputs;
    private String state;
    private Optional<RunStamp> previous;
    /** The feed's bodies the last build kept ({@link FeedBodies}), by path under the posts folder (Maven builds). */
    private Map<String, FeedBodies.Body> keptFeedBodies = Map.of();
    /** The HTML of the posts whose kept feed body is for the bytes this build took, by file. */
    private final Map<Path, String> feedHtml = new ConcurrentHashMap<>();
    /** The last stamp's inputs and outputs in the order its file held them (the next stamp's, when the same). */
    private SortedNames[] stampOrder = {new SortedNames(), new SortedNames()};
    private FileDigests files;
    /** Every regular file under the posts folder with its size and time, by path; and the same paths sorted. */
    private Map<String, RunStamp.FileState> postStates;
    private List<String> postNames;
    private List<PostScanner.Found> found;
    /** In rounds:serve, each found post's path under the posts folder, in the order of {@link #found}. */
    private List<String> foundNames;
    private BuildMemo memo;
    /** The output folder's files as the failed up-to-date check saw them (a Maven build's), or null. */
    private RunStamp.Check outputsSeen;
    private Timings timings = Timings.off();
    /** {@link #changedPosts()} once worked out (empty: not known), or null before. */
    private Optional<Map<String, String>> changedPosts;
    /** Why {@link #changedPosts()} is not known, when it is not. */
    private String changedPostsUnknown;
    /** How many pages the last build kept as settled by {@link #bodyEdits} (for tests). */
    private int settledPages;
    /** Whether the last build was an {@link EditBuild} (for tests). */
    private boolean editBuilt;
    private Consumer<BuiltBlog> postsReady;
    private Runnable warmUp;

    public BlogBuilder(BlogConfig config, Log log, ClassLoader themeLoader) {
        this.config = config;
        this.log = log;
        this.themeLoader = themeLoader;
    }

    /**
     * Keeps posts, the posts folder's view, the last stamp and manifest and the pages' models in memory between the
     * builds of this process (rounds:serve): unchanged posts are not read again, unchanged pages not digested again.
     */
    public BlogBuilder withMemo(BuildMemo memo) {
        this.memo = memo;
        return this;
    }

    /**
     * Hands the build's posts to {@code ready} as soon as they are read and checked, before any page is written
     * (rounds:serve makes its campaign preview beside the pages). The blog it gets has this build's settings, posts and
     * state, and counts no file yet (written, unchanged and deleted are 0). Not called when the posts have errors;
     * a page that fails to render later still fails the build, after {@code ready} was called.
     */
    public BlogBuilder withPostsReady(Consumer<BuiltBlog> ready) {
        this.postsReady = ready;
        return this;
    }

    /**
     * For a cold JVM (a Maven build): when there are pages to build (not when nothing changed), flexmark renders a
     * made-up post on a spare thread; another reads a made-up post's front matter, then runs {@code alsoWarm}.
     * rounds:build passes the campaign's set-up ({@code CampaignWarmUp}), so that the rounds:campaign after it in the
     * same JVM starts warm. What a warm-up throws is dropped; rounds:serve, whose JVM is warm after its first build,
     * does not ask for one.
     */
    public BlogBuilder withWarmUp(Runnable alsoWarm) {
        this.warmUp = Objects.requireNonNull(alsoWarm, "alsoWarm");
        return this;
    }

    /** Notes each phase's time on {@code timings} (rounds.timings); the caller reports them. */
    public BlogBuilder withTimings(Timings timings) {
        this.timings = timings;
        return this;
    }

    /**
     * The last build's stamp if its result still stands: the same posts (by path, size and time), templates, static
     * files, authors, settings and Rounds, a clock inside the span the result holds for, and the output folder as that
     * build left it. Reads only file attributes (and the templates and authors files).
     */
    public Optional<RunStamp> upToDate() {
        return upToDate(false);
    }

    /** @param building whether a build follows: then the output folder's files seen are kept for it */
    private Optional<RunStamp> upToDate(boolean building) {
        stampAndPostsFolder();
        timings.lap("stamp and posts folder");
        if (!config.incremental() || previous().isEmpty()) {
            return Optional.empty();
        }
        RunStamp.Check check = previous().get().check(this::inputs, config.site().now(), config.outputDirectory(),
                building);
        outputsSeen = building && !check.holds() ? check : null;
        return check.holds() ? previous() : Optional.empty();
    }

    /**
     * Builds the blog unless nothing changed since the last build ({@link #upToDate()}); then it says so, repeats
     * that build's warnings and returns nothing.
     */
    public Optional<BuiltBlog> buildIfChanged() {
        Optional<RunStamp> stamp = upToDate(true);
        timings.lap("up-to-date check");
        if (stamp.isPresent()) {
            stamp.get().warnings().forEach(warning -> log.warn(warning.describe()));
            log.info("Site is up to date: " + stamp.get().summary() + " in " + config.outputDirectory()
                    + ", nothing changed since the last build.");
            state = stateOf(stamp.get());
            Map<String, RunStamp.FileDigest> taken = files().taken();
            if (!taken.equals(stamp.get().inputs())) {
                // Same bytes under new times (a fresh checkout): remember the new times, so the next check reads
                // nothing again.
                RunStamp last = stamp.get();
                new RunStamp(last.key(), last.validFrom(), last.validUntil(), last.summary(), last.warnings(),
                        last.tree(), last.outputs(), taken).write(stampFile());
            }
            return Optional.empty();
        }
        return Optional.of(build());
    }

    /**
     * The state of the site a stamp stands for, for the stages after the build (the campaign): the inputs' key and
     * the span of time the result holds for.
     */
    public static String stateOf(RunStamp stamp) {
        return stateOf(stamp.key(), stamp.validFrom(), stamp.validUntil());
    }

    static String stateOf(String key, Instant validFrom, Instant validUntil) {
        return key + " " + validFrom + " " + validUntil;
    }

    /** Builds the blog in full (pages whose inputs did not change are still left as they are). */
    public BuiltBlog build() {
        Path stampFile = stampFile();
        BuildManifest kept = null;
        Map<String, RunStamp.FileState> leftByThisProcess = null;
        if (memo != null) {
            // The last build's files are on disk before this one deletes them; its stamp and manifest are taken
            // from memory, and stand no longer until this build ends.
            memo.settle();
            kept = memo.manifest();
            leftByThisProcess = kept != null && memo.stamp() != null && config.incremental()
                    && Files.isDirectory(config.outputDirectory()) ? memo.stamp().outputs() : null;
        }
        previous();
        if (memo != null) {
            memo.unbuilt();
        }
        // A Maven build starts in a cold JVM, where setting up flexmark and FreeMarker (loading their classes, parsing
        // the theme's main templates) takes a few tenths of a second: both are made on their own thread while the
        // posts are found and read. (rounds:serve keeps its templates; its renderer is made in a warm JVM.)
        Supplier<Templates> newTemplates = () -> new Templates(config.templatesDirectory(), themeLoader);
        // With a warm-up asked for (rounds:build's), that thread then renders a made-up post, so the first real render
        // finds flexmark's code loaded and run once, and a thread of its own runs the caller's warm-up.
        Supplier<MarkdownRenderer> newRenderer = () -> new MarkdownRenderer(config.allowScripts());
        // A build that may be an edit build (a few posts changed, the rest as the last build left it) reads and
        // renders the edited posts themselves at once: a made-up post would only take the cores they need.
        boolean mayBeEdits = memo == null && outputsSeen != null && config.incremental() && EditBuild.enabled
                && changedPosts() != null && !changedPosts().isEmpty();
        if (!mayBeEdits && memo == null && outputsSeen != null && config.incremental() && EditBuild.enabled) {
            EditBuild.declined(this, log, changedPosts() == null ? changedPostsUnknown
                    : "no post file changed; what did is outside the posts folder or the clock or the output folder");
        }
        Soon<MarkdownRenderer> markdownSoon = warmUp == null || mayBeEdits ? Soon.make(newRenderer)
                : Soon.make(newRenderer, MarkdownRenderer::warmUp);
        // An edit build starts the caller's warm-up once the edited posts are read and rendered: before, it would
        // take the cores their reading needs. (It is started at most once, and before a full build.)
        AtomicBoolean warmUpStarted = new AtomicBoolean(warmUp == null);
        ZoneId zone = config.site().timeZone();
        Runnable startWarmUp = () -> {
            if (warmUpStarted.compareAndSet(false, true)) {
                Soon.warmUp("build", () -> {
                    if (!mayBeEdits) {
                        new PostReader(new DateParser(zone)).warmUp();
                    }
                    warmUp.run();
                });
            }
        };
        if (!mayBeEdits) {
            startWarmUp.run();
        }
        Soon<Templates> templatesSoon = memo != null ? null : Soon.make(() -> {
            Templates templates = newTemplates.get();
            for (String main : MAIN_TEMPLATES) {
                templates.exists(main);
            }
            return templates;
        });
        if (mayBeEdits) {
            RunStamp.Check check = outputsSeen;
            Optional<BuiltBlog> edits = new EditBuild(this, config, log).run(check::filesSeen, markdownSoon,
                    templatesSoon, startWarmUp);
            if (edits.isPresent()) {
                outputsSeen = null;
                return edits.get();
            }
            startWarmUp.run();
        }
        RunStamp.delete(stampFile);
        String inputs = inputs();
        timings.lap("inputs");
        Problems problems = new Problems();
        Map<String, Author> authors = authors(problems);
        if (memo == null && config.incremental()) {
            // For the edit builds after this one.
            AuthorsCache.write(config.workDirectory().resolve(AuthorsCache.FILE), authorsKey(), authors);
        }
        List<PostScanner.Found> found = found();
        timings.lap("authors and posts found");
        Map<Path, String> fileDigests = new ConcurrentHashMap<>();
        Map<Path, Boolean> renderNow = new ConcurrentHashMap<>();
        Map<Path, String> heads = new ConcurrentHashMap<>();
        // What each unchanged post's card showed when its body was last rendered (under this build's fingerprint).
        Map<Path, String> cards = new ConcurrentHashMap<>();
        AtomicInteger read = new AtomicInteger();
        ReadCache readCache = config.incremental() && memo == null
                ? ReadCache.open(config.workDirectory().resolve(READ_CACHE), readCacheVersion())
                : ReadCache.none();
        timings.lap("read cache loaded");
        if (memo == null && config.incremental()) {
            keptFeedBodies = FeedBodies.read(config.workDirectory().resolve(FeedBodies.FILE), cardTag());
        }
        MarkdownRenderer markdown = markdownSoon.get();
        timings.lap("markdown renderer");
        List<SourcePost> sources = read(found, markdown, fileDigests, renderNow, heads, cards, readCache, read,
                problems);
        timings.lap("read " + read.get() + " of " + found.size() + " post files");
        try {
            return build(inputs, stampFile, kept, leftByThisProcess, templatesSoon, newTemplates, authors, sources,
                    markdown, fileDigests, renderNow, heads, cards, readCache, read, problems);
        } catch (RuntimeException | Error failed) {
            // A build that fails keeps what it read (a build that ends saves the cache with the cards it made).
            try {
                readCache.save();
            } catch (RuntimeException unsaved) {
                failed.addSuppressed(unsaved);
            }
            throw failed;
        }
    }

    /** The build after the posts were read: the pages, the stamp and the manifest. */
    private BuiltBlog build(String inputs, Path stampFile, BuildManifest kept,
                            Map<String, RunStamp.FileState> leftByThisProcess, Soon<Templates> templatesSoon,
                            Supplier<Templates> newTemplates, Map<String, Author> authors,
                            List<SourcePost> sources, MarkdownRenderer markdown,
                            Map<Path, String> fileDigests, Map<Path, Boolean> renderNow, Map<Path, String> heads,
                            Map<Path, String> cards, ReadCache readCache, AtomicInteger read, Problems problems) {
        List<Post> all = render(sources, markdown, fileDigests, renderNow, heads, cards, authors, problems);
        timings.lap("assemble");
        // rounds:serve: when every post has the place it had (path, date, flags, tags...), what the build made of the
        // places last time holds.
        String listingKey = memo == null || !config.incremental() ? null
                : fingerprint() + " " + config.site().now() + " " + RecordShape.describe(config.credibility());
        PostListing carried = listingKey == null ? null
                : Optional.ofNullable(memo.listing()).filter(last -> last.holdsFor(listingKey, all)).orElse(null);
        List<Post> listed = carried != null ? carried.listed(all) : listedOf(all);
        Map<TagRef, List<Post>> tags = carried != null ? carried.tags(listed) : tags(listed);
        Problems routeProblems = new Problems();
        if (carried != null) {
            routeProblems.addAll(carried.routeProblems());
        } else {
            checkRoutes(all, listed, tags.keySet(), routeProblems);
        }
        problems.addAll(routeProblems.all());
        new CredibilityChecks(config.credibility(), config.site()).check(all, authors, problems);
        timings.lap("checks");
        if (problems.hasErrors()) {
            problems.report(log);
        }

        List<Post> pages = carried != null ? carried.pages(all) : pagesOf(all);
        SiteView view = carried != null ? carried.view() : siteView(tags, listed);
        Instant[] span = carried != null ? carried.span() : span(all);
        if (postsReady != null) {
            postsReady.accept(new BuiltBlog(config.site(), listed, pages, 0, 0, 0,
                    stateOf(inputs, span[0], span[1])));
        }
        Path staging = config.workDirectory().resolve("site-staging");
        OutputSync.deleteTree(staging);
        Path manifestFile = config.workDirectory().resolve(MANIFEST);
        String fingerprint = fingerprint();
        BuildManifest previous = !config.incremental() ? BuildManifest.empty()
                : kept != null ? kept : BuildManifest.read(manifestFile);
        ModelDigest models = memo != null && config.incremental() ? new ModelDigest(memo.models()) : new ModelDigest();
        // A Maven build takes the output files as the up-to-date check saw them while it digested the inputs, so a
        // page it keeps is not looked at again.
        Map<String, RunStamp.FileState> seen = null;
        if (outputsSeen != null) {
            // Wanted only when the last build's pages can be kept (the same settings, theme and code).
            if (leftByThisProcess == null && previous.madeWith(fingerprint)) {
                seen = outputsSeen.filesSeen();
            } else {
                outputsSeen.forget();
            }
            outputsSeen = null;
        }
        // When only the bodies of some posts changed, below what any list shows of them, every page but theirs and
        // those that take whole posts (the feed) is known to be as the last build made it, without digesting it.
        Set<String> edited = seen == null ? null : bodyEdits(all, sources, heads, readCache);
        timings.lap("edits");
        IncrementalOutputs cache = new IncrementalOutputs(previous, fingerprint, models, config.outputDirectory(),
                leftByThisProcess, seen, edited);
        SiteContext context = new SiteContext(config.site(),
                memo == null ? templatesSoon.get() : memo.templates(fingerprint, newTemplates),
                view, listed, pages, tags, staging, problems, cache);
        timings.lap("site model");
        try {
            SiteOutputs.write(context, outputs(listed, pages, sources), timings);
            problems.report(log);
        } catch (RuntimeException failed) {
            OutputSync.deleteTree(staging);
            throw failed;
        }
        keepCards(all, listed, readCache);
        timings.lap("cards kept");
        BuildManifest.delete(manifestFile);
        // What the last build left in this output folder (its stamp) is all the sync needs to look at for files to
        // remove; without it (a first or failed build, other settings) the sync walks the output folder.
        // rounds:serve's preview folder is read by its server while it changes: each page is replaced in one step.
        OutputSync.Result sync = new OutputSync(memo != null).sync(staging, config.outputDirectory(), cache.kept(),
                previous.madeWith(fingerprint) ? previous().map(RunStamp::outputs).orElse(null) : null);
        timings.lap("sync");
        if (memo == null) {
            // In the last manifest's order: an edit leaves the same files, whose names need no sort.
            BuildManifest.of(fingerprint, cache.digests(), sync.files()).write(manifestFile, previous.order());
        }
        timings.lap("manifest");
        log.info("Built " + count(listed.size(), "post") + " and " + count(pages.size(), "page") + " into "
                + config.outputDirectory()
                + " (" + count(read.get(), "post file") + " read, " + sync.written() + " files written, "
                + sync.unchanged() + " unchanged, " + sync.deleted()
                + " removed).");
        if (listingKey != null) {
            memo.listing(carried != null ? carried.carriedTo(all) : PostListing.of(listingKey, all, listed, pages, tags,
                    view, span, routeProblems.all()));
        }
        // The next check stats the site's files one by one (a changed or removed page ends the stamp), which is several
        // times cheaper than walking thousands of folders; a stray file someone adds stays until the next real build,
        // whose sync removes it.
        String summary = count(listed.size(), "post") + " and " + count(pages.size(), "page");
        List<Problem> warnings = problems.warnings();
        Map<String, RunStamp.FileDigest> taken = files().taken();
        if (memo == null) {
            RunStamp stamp = new RunStamp(inputs, span[0], span[1], summary, warnings, false, sync.files(), taken);
            if (config.incremental()) {
                // The listing first: it holds only for the state the stamp names, and the stamp is what a build
                // trusts.
                new SiteListing(listingKey(stateOf(stamp)), listed.stream().map(SiteListing.Listed::of).toList(),
                        pages.stream().map(Post::source).toList(), List.copyOf(tags.keySet()), view.years())
                        .write(config.workDirectory().resolve(SiteListing.FILE));
                stamp.write(stampFile, stampOrder[0], stampOrder[1]);
            }
            state = stateOf(stamp);
        } else {
            state = stateOf(inputs, span[0], span[1]);
            if (config.incremental()) {
                // rounds:serve: stamp and manifest are made and written on the memo's thread once the page is
                // served; the next build takes them from memory, the files are for the next process.
                Map<String, BuildManifest.Made> digests = cache.digests();
                memo.built(() -> {
                    BuildManifest manifest = BuildManifest.of(fingerprint, digests, sync.files());
                    RunStamp stamp = new RunStamp(inputs, span[0], span[1], summary, warnings, false, sync.files(),
                            taken);
                    try {
                        memo.write(stamp, stampFile, manifest, manifestFile);
                    } catch (RoundsException unwritable) {
                        log.warn(unwritable.getMessage() + " The next start of the preview builds every page again.");
                    }
                    return new BuildMemo.Left(stamp, manifest);
                }, models.carried());
            }
        }
        timings.lap("stamp");
        settledPages = cache.settled();
        return new BuiltBlog(config.site(), listed, pages, sync.written(), sync.unchanged(), sync.deleted(), state);
    }

    /**
     * The files under the posts folder whose bytes changed since the last build (a Maven build's), by their path under
     * the folder, with the digest the last build read, when at most {@link #SETTLED_EDITS} changed and none came or
     * went; otherwise null. Worked out once, from the digests the up-to-date check took.
     */
    Map<String, String> changedPosts() {
        if (changedPosts != null) {
            return changedPosts.orElse(null);
        }
        changedPosts = Optional.empty();
        changedPostsUnknown = "there is no last build's stamp";
        RunStamp last = previous().orElse(null);
        if (last == null || memo != null || !config.incremental()) {
            return null;
        }
        changedPostsUnknown = "a file under the posts folder came or went";
        // Every file under the posts folder digested (each unread one keeps the last build's digest).
        inputs();
        Map<String, RunStamp.FileDigest> before = last.inputs();
        Map<String, RunStamp.FileDigest> now = files().taken();
        Path posts = config.postsDirectory().toAbsolutePath();
        String folder = posts.toString();
        String prefix = folder.endsWith(posts.getFileSystem().getSeparator()) ? folder
                : folder + posts.getFileSystem().getSeparator();
        int under = 0;
        for (String path : before.keySet()) {
            if (path.startsWith(prefix)) {
                under++;
            }
        }
        postStates();
        if (under != postNames.size()) {
            return null;
        }
        // As many files as the last build's; a file it did not have was read (it had no digest to keep), so it is
        // among those read. Only a file read can have changed: the others kept their digests by size and time.
        Map<String, String> changed = new HashMap<>();
        String separator = posts.getFileSystem().getSeparator();
        for (String path : files().read()) {
            if (!path.startsWith(prefix)) {
                continue;
            }
            RunStamp.FileDigest was = before.get(path);
            RunStamp.FileDigest is = now.get(path);
            if (was == null || is == null) {
                return null;
            }
            if (!was.digest().equals(is.digest())) {
                // Its name under the posts folder, '/'-separated, as the posts folder's look gives it.
                String name = path.substring(prefix.length());
                changed.put(separator.equals("/") ? name : name.replace(separator, "/"), was.digest());
                if (changed.size() > SETTLED_EDITS) {
                    changedPostsUnknown = "more than " + SETTLED_EDITS + " files under the posts folder changed";
                    return null;
                }
            }
        }
        changedPosts = Optional.of(Map.copyOf(changed));
        return changedPosts.get();
    }

    /**
     * The posts whose files changed since the last build, when that is all that changed and none of them changed
     * anything another page shows of it: the same files under the posts folder (none added or removed), each changed
     * one a post whose head (path, file name, front matter) and card (summary and reading time) are those the last
     * build made its pages from. The build's fingerprint and the clock's span are the last build's already (the
     * caller has the output folder's files as the up-to-date check saw them only then). Then every page keeps what it
     * was made of, except the edited posts' own pages and the pages that take whole posts. Null when this cannot be
     * shown; the pages are then digested one by one.
     */
    private Set<String> bodyEdits(List<Post> all, List<SourcePost> sources, Map<Path, String> heads,
                                  ReadCache readCache) {
        Map<String, String> changed = changedPosts();
        if (changed == null) {
            return null;
        }
        Map<String, Post> byName = new HashMap<>();
        for (Post post : all) {
            if (changed.containsKey(post.source())) {
                byName.put(post.source(), post);
            }
        }
        Map<String, SourcePost> sourceByName = new HashMap<>();
        for (SourcePost source : sources) {
            if (changed.containsKey(source.relativePath())) {
                sourceByName.put(source.relativePath(), source);
            }
        }
        if (byName.size() != changed.size() || sourceByName.size() != changed.size()) {
            return null;
        }
        String cardTag = cardTag();
        boolean onlyBodies = changed.entrySet().parallelStream().allMatch(edit -> {
            Post post = byName.get(edit.getKey());
            SourcePost source = sourceByName.get(edit.getKey());
            String head = heads.get(source.file());
            Optional<ReadCache.Entry> old = readCache.previous(edit.getKey());
            return head != null && old.isPresent()
                    && old.get().key().equals(ReadCache.key(edit.getValue(), source.bundleFiles()))
                    && head.equals(old.get().head())
                    && old.get().card() != null && old.get().card().startsWith(cardTag)
                    && old.get().card().substring(cardTag.length()).equals(post.body().card());
        });
        return onlyBodies ? Set.copyOf(changed.keySet()) : null;
    }

    /**
     * What a {@link SiteListing} is made for: the site's state and the settings that are in the inputs' key but not in
     * the fingerprint (the credibility checks', whose warnings an edit build carries over).
     */
    String listingKey(String state) {
        return state + " " + RecordShape.describe(config.credibility());
    }

    /** What the read cache's entries depend on besides each file: the reading code and the time zone. */
    String readCacheVersion() {
        return BuildFingerprint.codeOf(PostReader.class) + " " + config.site().timeZone().getId();
    }

    /** The post at this path under the posts folder as the full build finds it (a bundle with its files), or nothing. */
    Optional<PostScanner.Found> foundPost(String name) {
        postStates();
        return new PostScanner().post(config.postsDirectory(), postNames, name);
    }

    /** The digest of a file under the posts folder, as the inputs' key took it. */
    String digestOf(String name) {
        return files().of(config.postsDirectory().resolve(name), postStates().get(name));
    }

    /** Every input's digest, as this build took them (for its stamp). */
    Map<String, RunStamp.FileDigest> takenDigests() {
        return files().taken();
    }

    SortedNames inputOrder() {
        return stampOrder[0];
    }

    SortedNames outputOrder() {
        return stampOrder[1];
    }

    void lap(String phase) {
        timings.lap(phase);
    }

    /** What an {@link EditBuild} made: how many pages it kept as they were, and the site's state. */
    void edited(int keptPages, String state) {
        this.settledPages = keptPages;
        this.state = state;
        this.editBuilt = true;
    }

    /**
     * Every post, made from the read cache and the posts folder (a file whose entry is missing is read), after an
     * {@link EditBuild}: for the stages after the build that ask for them. What reading them reports was reported by
     * the builds that read them.
     */
    BuiltBlog.Posts wholeBlog() {
        List<Post> all = made(found());
        return new BuiltBlog.Posts(listedOf(all), pagesOf(all));
    }

    /**
     * After an edit build, the posts at these paths under the posts folder, made as {@link #wholeBlog} makes every
     * post (the campaign's few posts whose series the plan cache lacks).
     */
    List<Post> postsOf(Set<String> names) {
        List<PostScanner.Found> all = found();
        List<PostScanner.Found> some = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (names.contains(foundNames.get(i))) {
                some.add(all.get(i));
            }
        }
        return made(some);
    }

    private List<Post> made(List<PostScanner.Found> found) {
        ReadCache cache = ReadCache.open(config.workDirectory().resolve(READ_CACHE), readCacheVersion());
        Problems problems = new Problems();
        // What reading the authors file reports, the last full build reported.
        Map<String, Author> authors = authorsAsRead();
        MarkdownRenderer markdown = new MarkdownRenderer(config.allowScripts());
        Map<Path, String> fileDigests = new ConcurrentHashMap<>();
        Map<Path, Boolean> renderNow = new ConcurrentHashMap<>();
        Map<Path, String> heads = new ConcurrentHashMap<>();
        Map<Path, String> cards = new ConcurrentHashMap<>();
        List<SourcePost> sources = read(found, markdown, fileDigests, renderNow, heads, cards, cache,
                new AtomicInteger(), problems);
        return render(sources, markdown, fileDigests, renderNow, heads, cards, authors, problems);
    }

    /** The listed posts: dated, visible, newest first (then by path). */
    private List<Post> listedOf(List<Post> all) {
        return all.stream().filter(post -> !post.page()).filter(this::visible)
                .sorted(Comparator.comparing(Post::date).reversed().thenComparing(Post::source)).toList();
    }

    private List<Post> pagesOf(List<Post> all) {
        return all.stream().filter(Post::page).filter(this::visible).toList();
    }

    /** Whether the last {@link #build()} was an {@link EditBuild}: only edited posts' pages made. */
    boolean editBuilt() {
        return editBuilt;
    }

    /** How many pages the last {@link #build()} kept without digesting them, because only bodies changed. */
    int settledPages() {
        return settledPages;
    }

    /** The state of the site ({@link #stateOf}) after {@link #buildIfChanged()} or {@link #build()}. */
    public String state() {
        if (state == null) {
            throw new IllegalStateException("Nothing was built yet");
        }
        return state;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Path stampFile() {
        return config.workDirectory().resolve(STAMP);
    }

    String fingerprint() {
        if (fingerprint == null) {
            fingerprint = BuildFingerprint.of(config, themeLoader, files()::of);
            if (memo != null) {
                fingerprint = memo.canonical(fingerprint);
            }
        }
        return fingerprint;
    }

    /** The last build's stamp, read once (before this build removes it). */
    Optional<RunStamp> previous() {
        if (previous == null) {
            RunStamp kept = memo == null ? null : memo.stamp();
            adopt(kept, kept != null || !config.incremental() ? Optional.empty() : RunStamp.readInOrder(stampFile()));
        }
        return previous;
    }

    private void adopt(RunStamp kept, Optional<RunStamp.Read> read) {
        read.ifPresent(stamp -> stampOrder = new SortedNames[] {stamp.inputOrder(), stamp.outputOrder()});
        previous = kept != null ? Optional.of(kept) : read.map(RunStamp.Read::stamp);
    }

    /**
     * A Maven build's first look: the last stamp is read on a thread of its own while this one looks at the posts
     * folder (a cold JVM takes tenths of a second for each, and the check needs both).
     */
    private void stampAndPostsFolder() {
        if (previous != null || memo != null || !config.incremental()) {
            return;
        }
        Soon<Optional<RunStamp.Read>> stamp = Soon.make(() -> RunStamp.readInOrder(stampFile()));
        postStates();
        adopt(null, stamp.get());
    }

    /**
     * Every regular file under the posts folder with its size and time: from the memo when it was told of every
     * change since the last build (rounds:serve), otherwise by walking the folder. Taken before the posts are found,
     * so that a file added in between is seen by the next build.
     */
    Map<String, RunStamp.FileState> postStates() {
        if (postStates == null) {
            Optional<BuildMemo.PostsFolder> kept = memo == null ? Optional.empty()
                    : memo.postsFolder(config.postsDirectory());
            if (kept.isPresent()) {
                postStates = kept.get().states();
                postNames = kept.get().names();
                found = kept.get().found();
                foundNames = kept.get().foundNames();
            } else {
                postStates = RunStamp.snapshotTree(config.postsDirectory());
                postNames = postStates.keySet().stream().sorted().toList();
            }
        }
        return postStates;
    }

    /** The posts under the posts folder (from the memo with {@link #postStates()}, or by walking the folder). */
    private List<PostScanner.Found> found() {
        postStates();
        if (found == null) {
            found = new PostScanner().scan(config.postsDirectory(), postNames);
            Path posts = config.postsDirectory();
            foundNames = found.stream().map(post -> RelativeNames.of(posts, post.file()))
                    .toList();
            if (memo != null) {
                memo.walked(posts, postStates, postNames, found, foundNames);
            }
        }
        return found;
    }

    /** The content digests of the files this build reads, reusing the last build's for unchanged files. */
    private FileDigests files() {
        if (files == null) {
            files = new FileDigests(previous().map(RunStamp::inputs).orElse(Map.of()));
        }
        return files;
    }

    /**
     * The key of everything a build reads: the fingerprint (Rounds, theme, templates, static files, authors,
     * settings), the credibility settings, and every file under the posts folder by path and content (a file whose
     * size and time did not change keeps its last digest unread). Taken before any post is read, so that an edit
     * made during a build is seen by the next one.
     */
    String inputs() {
        if (inputs == null) {
            Digests digest = new Digests().add("rounds-inputs-3").add(fingerprint())
                    .add(RecordShape.describe(config.credibility())).add(String.valueOf(config.incremental()));
            Path posts = config.postsDirectory();
            Map<String, RunStamp.FileState> states = postStates();
            List<String> names = postNames;
            List<String> digests = names.parallelStream()
                    .map(name -> files().of(posts.resolve(name), states.get(name))).toList();
            // The files in chunks, each digested on its own (on every core), and the chunks' digests in order.
            // rounds:serve digests again only the chunks that hold a changed file.
            InputChunks last = memo == null ? null : memo.inputChunks();
            int chunks = (names.size() + InputChunks.SIZE - 1) / InputChunks.SIZE;
            List<String> chunkDigests = IntStream.range(0, chunks).parallel()
                    .mapToObj(chunk -> last != null && last.names() == names && last.same(chunk, digests)
                            ? last.chunkDigests().get(chunk) : InputChunks.digest(chunk, names, digests))
                    .toList();
            if (memo != null) {
                memo.inputChunks(new InputChunks(names, digests, chunkDigests));
            }
            digest.add(Integer.toString(names.size()));
            chunkDigests.forEach(digest::add);
            inputs = digest.hex();
        }
        return inputs;
    }

    /**
     * The span of clock time this build's result holds for: posts become visible at their publish date and go at
     * their expiry date, so the result holds from the last such moment up to now until the next one. Review ages
     * change with the day; checked reference links can change at any time, so then the result never holds.
     */
    private Instant[] span(List<Post> posts) {
        Instant now = config.site().now();
        if (config.credibility().checkLinks()) {
            return new Instant[] {now, now};
        }
        Instant from = RunStamp.DAWN;
        Instant until = RunStamp.NEVER;
        ZoneId zone = config.site().timeZone();
        for (Post post : posts) {
            ZonedDateTime visible = post.frontMatter().publishDate() != null ? post.frontMatter().publishDate()
                    : post.date();
            // A review date ahead of the clock is warned about until its day comes.
            ZonedDateTime reviewed = post.frontMatter().lastReviewed() == null ? null
                    : post.frontMatter().lastReviewed().atStartOfDay(zone);
            for (ZonedDateTime moment : new ZonedDateTime[] {visible, post.frontMatter().expiryDate(), reviewed}) {
                if (moment == null) {
                    continue;
                }
                Instant at = moment.toInstant();
                if (at.isAfter(now)) {
                    until = at.isBefore(until) ? at : until;
                } else {
                    from = at.isAfter(from) ? at : from;
                }
            }
        }
        if (config.credibility().reviewMaxAge() != null) {
            ZonedDateTime today = now.atZone(config.site().timeZone()).toLocalDate()
                    .atStartOfDay(config.site().timeZone());
            from = today.toInstant().isAfter(from) ? today.toInstant() : from;
            Instant tomorrow = today.plusDays(1).toInstant();
            until = tomorrow.isBefore(until) ? tomorrow : until;
        }
        return new Instant[] {from, until};
    }

    /**
     * Reads the posts in parallel; each file's digest is taken before it is read, so a later edit is never missed. A
     * file the read cache (or, in rounds:serve, the memo) holds under the same digest is not read: its body is read
     * when first needed.
     */
    private List<SourcePost> read(List<PostScanner.Found> found, MarkdownRenderer markdown,
                                  Map<Path, String> fileDigests,
                                  Map<Path, Boolean> renderNow, Map<Path, String> heads, Map<Path, String> cards,
                                  ReadCache cache,
                                  AtomicInteger read, Problems problems) {
        PostReader reader = new PostReader(new DateParser(config.site().timeZone()));
        if (memo != null) {
            memo.keepOnly(found.stream().map(PostScanner.Found::file).toList());
        }
        return IntStream.range(0, found.size()).parallel()
                .mapToObj(i -> {
                    PostScanner.Found post = found.get(i);
                    // The file's size and time as the posts folder was seen at the start (rounds:serve: as the
                    // folder's view, told of every change, holds them): the inputs' key was taken from the same.
                    String digest = files().of(post.file(), postStates.get(foundNames.get(i)));
                    fileDigests.put(post.file(), digest);
                    if (memo == null) {
                        return readThroughCache(post, digest, reader, markdown, cache, renderNow, heads, cards, read,
                                problems);
                    }
                    BuildMemo.Key key = new BuildMemo.Key(digest, post.bundleFiles(), fingerprint(), null);
                    BuildMemo.Read kept = memo.read(post.file(), key).orElseGet(() -> {
                        read.incrementAndGet();
                        Problems own = new Problems();
                        Optional<SourcePost> source = reader.read(config.postsDirectory(), post.file(),
                                post.bundleFiles(), own);
                        BuildMemo.Read fresh = new BuildMemo.Read(key, source, own.all(),
                                source.map(one -> markdown.mayReportProblems(one.body())).orElse(false));
                        memo.read(post.file(), fresh);
                        return fresh;
                    });
                    problems.addAll(kept.problems());
                    kept.source().ifPresent(source -> renderNow.put(post.file(), kept.renderNow()));
                    return kept.source();
                })
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<SourcePost> readThroughCache(PostScanner.Found post, String digest, PostReader reader,
                                                  MarkdownRenderer markdown, ReadCache cache,
                                                  Map<Path, Boolean> renderNow, Map<Path, String> heads,
                                                  Map<Path, String> cards,
                                                  AtomicInteger read, Problems problems) {
        Path posts = config.postsDirectory();
        String relative = RelativeNames.of(posts, post.file());
        String key = ReadCache.key(digest, post.bundleFiles());
        Optional<ReadCache.Entry> cached = cache.get(relative, key);
        if (cached.isPresent()) {
            ReadCache.Entry entry = cached.get();
            problems.addAll(entry.problems());
            if (entry.frontMatter() == null) {
                return Optional.empty();
            }
            renderNow.put(post.file(), entry.renderNow());
            if (entry.head() != null) {
                heads.put(post.file(), entry.head());
            }
            String cardTag = cardTag();
            if (entry.card() != null && entry.card().startsWith(cardTag)) {
                cards.put(post.file(), entry.card().substring(cardTag.length()));
            }
            FeedBodies.Body kept = keptFeedBodies.get(relative);
            if (kept != null && kept.key().equals(key)) {
                feedHtml.put(post.file(), kept.html());
            }
            return Optional.of(new SourcePost(post.file(), relative, entry.frontMatter(),
                    new BodyOnDemand(readAgain(post, reader, known(entry))), entry.bodyLine(), entry.fileSlug(),
                    post.bundleFiles(), entry.frontMatterDigest()));
        }
        read.incrementAndGet();
        Problems own = new Problems();
        Optional<SourcePost> source = reader.read(posts, post.file(), post.bundleFiles(), own);
        boolean now = source.map(found -> markdown.mayReportProblems(found.body())).orElse(false);
        source.ifPresent(found -> renderNow.put(post.file(), now));
        String head = source.map(PostAssembler::headOf).orElse(null);
        if (head != null) {
            heads.put(post.file(), head);
        }
        // The digest is of the file as the build's start saw it: a file saved since then is not kept under it (the
        // next build sees its new size and time, and reads it again).
        if (Objects.equals(RunStamp.stateOf(post.file()), postStates.get(relative))) {
            cache.put(relative, new ReadCache.Entry(key, source.map(SourcePost::frontMatter).orElse(null),
                    source.map(SourcePost::bodyLine).orElse(0), source.map(SourcePost::fileSlug).orElse(null), now,
                    own.all(), head, null, source.map(SourcePost::frontMatterDigest).orElse(null)));
        }
        problems.addAll(own.all());
        // The body just read is handed to the renderer once and not kept: a build of thousands of posts does not hold
        // every post's Markdown until it ends.
        return source.map(found -> new SourcePost(found.file(), found.relativePath(), found.frontMatter(),
                new BodyOnDemand(readAgain(post, reader, known(found.frontMatterDigest(), found.frontMatter())),
                        found.body()), found.bodyLine(), found.fileSlug(), found.bundleFiles(),
                found.frontMatterDigest()));
    }

    /** The authors file's entries by key (empty without one); what reading it finds goes to {@code problems}. */
    Map<String, Author> authors(Problems problems) {
        return new AuthorsReader().read(config.authorsFile(),
                config.authorsFile() == null ? "authors.yml" : config.describe(config.authorsFile()), problems);
    }

    /**
     * The authors as the last full build read them when the authors file and the code reading it are the same, else
     * read now. What reading them reports is not reported again (the build that read them did).
     */
    Map<String, Author> authorsAsRead() {
        return AuthorsCache.read(config.workDirectory().resolve(AuthorsCache.FILE), authorsKey())
                .orElseGet(() -> authors(new Problems()));
    }

    /** What the authors read depend on: the authors file's bytes (or its absence) and the code that reads it. */
    private String authorsKey() {
        Path file = config.authorsFile() == null ? Path.of("(none)") : config.authorsFile();
        return BuildFingerprint.codeOf(AuthorsReader.class) + " " + files().of(file);
    }

    /**
     * A post's body, read again from its file when first needed (its front matter came from the read cache); the
     * front matter is not parsed again when it is still {@code known}'s (null: parsed).
     */
    Supplier<String> readAgain(PostScanner.Found post, PostReader reader, PostReader.Known known) {
        return () -> reader.read(config.postsDirectory(), post.file(), post.bundleFiles(), new Problems(), known)
                .map(SourcePost::body).orElseThrow(() -> new RoundsException(
                        "Cannot read " + post.file() + " again: it changed during the build."));
    }

    /** What a read-cache entry knows of its file's front matter, or null. */
    static PostReader.Known known(ReadCache.Entry entry) {
        return known(entry.frontMatterDigest(), entry.frontMatter());
    }

    /** A front matter with the digest of the block it was read from, or null when either is not known. */
    private static PostReader.Known known(String digest, FrontMatter frontMatter) {
        return digest == null || frontMatter == null ? null : new PostReader.Known(digest, frontMatter);
    }

    /**
     * Assembles the posts in parallel. A body is rendered now only when rendering could report a problem (so that
     * every problem is reported in this build); any other body is rendered when something first needs it, which in an
     * incremental build is only for the pages that changed.
     */
    private List<Post> render(List<SourcePost> sources, MarkdownRenderer markdown, Map<Path, String> fileDigests,
                              Map<Path, Boolean> renderNow, Map<Path, String> heads, Map<Path, String> cards,
                              Map<String, Author> authors,
                              Problems problems) {
        PostAssembler assembler = new PostAssembler(config.site(), authors);
        return sources.parallelStream()
                .map(source -> {
                    if (memo == null) {
                        return assemble(source, markdown, assembler, fileDigests, renderNow, heads, cards,
                                feedHtml.get(source.file()), problems);
                    }
                    BuildMemo.Key key = new BuildMemo.Key(fileDigests.get(source.file()), source.bundleFiles(),
                            fingerprint(), config.site().now());
                    BuildMemo.Assembled post = memo.assembled(source.file(), key).orElseGet(() -> {
                        Problems own = new Problems();
                        BuildMemo.Assembled fresh = new BuildMemo.Assembled(key, assemble(source, markdown, assembler,
                                fileDigests, renderNow, heads, cards, null, own), own.all());
                        memo.assembled(source.file(), fresh);
                        return fresh;
                    });
                    problems.addAll(post.problems());
                    return post.post();
                })
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Post> assemble(SourcePost source, MarkdownRenderer markdown, PostAssembler assembler,
                                           Map<Path, String> fileDigests, Map<Path, Boolean> renderNow,
                                           Map<Path, String> heads, Map<Path, String> cards, String knownHtml,
                                           Problems problems) {
        Supplier<RenderedMarkdown> body = () -> markdown.render(source.relativePath(), source.body(),
                source.bodyLine(), source.frontMatter().excerptSeparator(), problems);
        if (renderNow.getOrDefault(source.file(), true)) {
            RenderedMarkdown now = body.get();
            body = () -> now;
        }
        String head = heads.get(source.file());
        return assembler.assemble(source, body, fileDigests.get(source.file()),
                head != null ? head : PostAssembler.headOf(source), cards.get(source.file()), knownHtml, problems);
    }

    /**
     * Keeps what each post rendered in this build showed on its card in the read cache, for the next build, which
     * keys and makes the lists by it without reading the posts it did not change; and the HTML of the posts the feed
     * shows ({@link FeedBodies}), for an edit build that writes the feed again. A file saved since the build looked at
     * it is left out: its body may not be the one the entry's digest stands for.
     */
    private void keepCards(List<Post> all, List<Post> listed, ReadCache readCache) {
        if (memo != null || !config.incremental()) {
            return;
        }
        String cardTag = cardTag();
        all.parallelStream().filter(post -> post.body().isRendered())
                .filter(post -> asLookedAt(post.source()))
                .forEach(post -> readCache.card(post.source(), cardTag + post.body().card()));
        readCache.save();
        keepFeedBodies(FeedFile.shown(listed, config.site().feedSize()), readCache::kept, keptFeedBodies);
    }

    /**
     * Whether the file at this path under the posts folder still has the size and time this build's look at the folder
     * took: a file saved since may not hold the bytes the build digested.
     */
    boolean asLookedAt(String name) {
        return Objects.equals(RunStamp.stateOf(config.postsDirectory().resolve(name)), postStates().get(name));
    }

    /**
     * Keeps the bodies of the posts the feed shows ({@link FeedBodies}), for an edit build that writes the feed again:
     * each under the read-cache key {@code entryOf} gives for its file, when the file is still as this build looked at
     * it.
     *
     * @param before the bodies the last build kept
     */
    void keepFeedBodies(List<Post> feed, Function<String, Optional<ReadCache.Entry>> entryOf,
                        Map<String, FeedBodies.Body> before) {
        Map<String, String> keys = new HashMap<>();
        for (Post post : feed) {
            entryOf.apply(post.source()).filter(entry -> asLookedAt(post.source()))
                    .ifPresent(entry -> keys.put(post.source(), entry.key()));
        }
        FeedBodies.write(config.workDirectory().resolve(FeedBodies.FILE), cardTag(), FeedBodies.of(feed, keys, before),
                before);
    }

    /**
     * What a card kept in the read cache starts with: it holds only under the settings, theme and code it was made
     * with.
     */
    String cardTag() {
        return fingerprint().substring(0, 16) + " ";
    }

    /** In a normal build, drafts, future and expired posts are left out; a preview shows them, marked. */
    private boolean visible(Post post) {
        return config.site().includeDrafts() || !post.draft() && !post.scheduled();
    }

    private void checkRoutes(List<Post> posts, List<Post> listed, Set<TagRef> tags, Problems problems) {
        Map<String, Post> owners = new HashMap<>();
        // The site's own pages (the home page, tags, archive and years) are made after the posts', into the same
        // folder: a post or page on one of their paths would be replaced by it.
        Map<String, String> generated = GeneratedRoutes.of(listed, tags, config.site().pageSize());
        for (Post post : posts.stream().sorted(Comparator.comparing(Post::source)).toList()) {
            Post other = owners.putIfAbsent(post.route(), post);
            if (other != null) {
                problems.error(post.source(), routeLine(post), "Two posts have the path /"
                        + post.route() + ": this one and " + other.source() + ".",
                        "Give one of them another 'slug' or 'permalink' in its front matter.");
            }
            String page = visible(post) ? generated.get(post.route()) : null;
            if (page != null) {
                problems.error(post.source(), routeLine(post), "Its path /" + post.route()
                        + " is that of " + page + ", which Rounds makes itself.",
                        "Give it another 'slug' or 'permalink' in its front matter, or rename the file.");
            }
        }
        for (Post post : posts) {
            for (String alias : post.frontMatter().aliases()) {
                Optional<String> route = Permalinks.normalise(alias);
                if (route.isEmpty() || route.get().isEmpty()) {
                    problems.error(post.source(), post.frontMatter().lineOf("aliases", 1), "The alias '" + alias
                            + "' would leave the site folder or replace the home page.", "Write it as /old/path/.");
                } else if (owners.containsKey(route.get())) {
                    problems.error(post.source(), post.frontMatter().lineOf("aliases", 1), "The alias '" + alias
                            + "' is the path of " + owners.get(route.get()).source() + ".", "Remove the alias.");
                }
            }
        }
    }

    /** The front matter line that sets a post's path ('permalink' or 'url', else 'slug'), or its first line. */
    private static int routeLine(Post post) {
        return post.frontMatter().lineOfAny("permalink", "url", "slug");
    }

    private Map<TagRef, List<Post>> tags(List<Post> listed) {
        // Gathered by hash, then put in the order of their slugs: a tree map compared text for every tag of every post.
        Map<String, List<Post>> bySlug = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Post post : listed) {
            for (TagRef tag : post.tags()) {
                List<Post> posts = bySlug.get(tag.slug());
                if (posts == null) {
                    posts = new ArrayList<>();
                    bySlug.put(tag.slug(), posts);
                    names.put(tag.slug(), tag.name());
                }
                posts.add(post);
            }
        }
        Map<TagRef, List<Post>> tags = new LinkedHashMap<>();
        for (String slug : new TreeMap<>(bySlug).keySet()) {
            List<Post> posts = bySlug.get(slug);
            tags.put(new TagRef(names.get(slug), slug, config.site().pathOf(TagPages.ROOT + slug + "/"),
                    posts.size()), List.copyOf(posts));
        }
        return tags;
    }

    private SiteView siteView(Map<TagRef, List<Post>> tags, List<Post> listed) {
        List<Integer> years = listed.stream().map(post -> post.date().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        return siteView(List.copyOf(tags.keySet()), years);
    }

    /** The site as templates see it, with these tags and years. */
    SiteView siteView(List<TagRef> tags, List<Integer> years) {
        return new SiteView(config.site().title(), config.site().description(), config.site().siteUrl(),
                config.site().basePath(), config.site().language(), config.site().disclaimer(),
                config.site().urlOf(FeedFile.ROUTE), tags, years, config.preview());
    }

    /**
     * The site's outputs in the phases {@link SiteOutputs} writes them in. Where two may write the same file, the later
     * phase's file is the one the site keeps: a generated page or file over a static one of the same path (a blog's own
     * robots.txt or 404.html, say), an alias over anything. The post pages are alone in theirs: a list written beside
     * them would render bodies ahead of their pages, whose HTML would be held until those pages are written.
     */
    private List<List<SiteOutput>> outputs(List<Post> listed, List<Post> pages, List<SourcePost> sources) {
        Map<String, SourcePost> bySource = new HashMap<>();
        sources.forEach(source -> bySource.put(source.relativePath(), source));
        List<Post> bundles = new ArrayList<>();
        List<AliasPages.Alias> aliases = new ArrayList<>();
        for (Post post : concat(listed, pages)) {
            if (!bySource.get(post.source()).bundleFiles().isEmpty()) {
                bundles.add(post);
            }
            post.frontMatter().aliases().forEach(alias -> Permalinks.normalise(alias)
                    .ifPresent(route -> aliases.add(new AliasPages.Alias(route, post))));
        }
        // rounds:serve keeps its posts, HTML and all, between saves; a build forgets each body's HTML once its page is
        // written (only the feed asks for a few again).
        return List.of(
                List.of(new StaticFiles(themeLoader, config.staticDirectory(), bundles,
                        post -> bySource.get(post.source()).bundleFiles())),
                List.of(new PostPages(memo == null)),
                List.of(new TagPages(), new HomePages(), new ArchivePages(), new FeedFile(), new SitemapFile(),
                        new RobotsFile(), new NotFoundPage()),
                List.of(new AliasPages(aliases)));
    }

    private static List<Post> concat(List<Post> first, List<Post> second) {
        List<Post> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
