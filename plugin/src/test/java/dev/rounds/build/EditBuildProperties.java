package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.output.CampaignRun;
import dev.rounds.core.Log;
import dev.rounds.core.RunStamp;
import dev.rounds.site.SiteSettings;
import dev.rounds.site.Templates;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A build after edits to posts' bodies alone ({@link EditBuild}) renders only the edited posts' pages, yet must leave
 * everything a full build leaves: for any blog and any series of changes (paragraphs added below the summary to one
 * post or two, the newest among them (the feed shows them) or the oldest (no older neighbour), headings renamed
 * (new teasers), summaries and titles changed, files touched, posts added and deleted, aliases added), two
 * copies built the way rounds:build and rounds:campaign run (up-to-date check, then build, then campaign), one with
 * edit builds and one without, hold the same site, manifest, stamp, read cache, listing and campaign after every
 * step. And a paragraph added below the summary of a plain listed post is built as an edit.
 */
class EditBuildProperties {

    enum Kind { TAIL, TAIL_TWO, HEADING, OPENING, RETITLE, TOUCH, ADD, DELETE, ALIAS, NEXT_DAY, PAGE_BY_HAND,
        AUTHORS, NOTHING }

    record Step(Kind kind, int n) {
    }

    /**
     * @param posts how many posts; the first is medical without a review date and the second reviewed a day ahead
     *     of the clock (both warned about), and a draft and a future post are beside them
     * @param postTemplate the theme's post template (0), one that shows the neighbours' cards (1: summary, reading
     *     time), or one that shows their word counts (2: whole posts, so no edit build)
     * @param drafts whether drafts and future posts are built too (listed, but in no feed or campaign)
     */
    @Property(tries = 25)
    void editBuildsLeaveWhatFullBuildsLeave(@ForAll @IntRange(min = 2, max = 7) int posts,
                                            @ForAll @IntRange(min = 1, max = 3) int feedSize,
                                            @ForAll boolean page,
                                            @ForAll @IntRange(min = 0, max = 2) int postTemplate,
                                            @ForAll boolean drafts,
                                            @ForAll boolean authors,
                                            @ForAll("steps") List<Step> steps) throws IOException {
        Path blog = Files.createTempDirectory("rounds-edit-build");
        try {
            Path folder = blog.resolve("src/posts");
            for (int i = 0; i < posts; i++) {
                post(folder, i);
            }
            if (authors) {
                // The posts name their authors, whom pages show with their credentials (an edit build takes the
                // authors the last full build read).
                write(blog.resolve("src/authors.yml"), "author0:\n  name: Maeve Halloran\n  credentials: MD\n"
                        + "author1:\n  name: Tunde Okafor\n  credentials: PharmD\n  links: [https://example.org/t]\n");
                for (int i = 0; i < posts; i++) {
                    Path post = folder.resolve("post-" + i + ".md");
                    write(post, Files.readString(post).replaceFirst("\ntags: ", "\nauthor: author" + i % 2
                            + "\ntags: "));
                }
            }
            write(folder.resolve("post-0.md"), Files.readString(folder.resolve("post-0.md"))
                    .replaceFirst("\ntags: ", "\nspecialty: cardiology\ntags: "));
            write(folder.resolve("post-1.md"), Files.readString(folder.resolve("post-1.md"))
                    .replaceFirst("\ntags: ", "\nlastReviewed: 2026-11-26\nreviewedBy: a-reviewer\ntags: "));
            write(folder.resolve("draft.md"), "---\ntitle: A draft\ndate: 2025-05-05\ndraft: true\n---\nNot yet.\n");
            write(folder.resolve("future.md"), "---\ntitle: Ahead\ndate: 2027-05-05\n---\nLater words.\n");
            // A bundle: a post with a figure beside it.
            write(folder.resolve("bundle/index.md"), "---\ntitle: A bundle\ndate: 2025-04-04\ntags: [tag1]\n---\n"
                    + "Words beside a figure about fluid care.\n\n## The figure\n\nIt shows a fluid chart.\n");
            Files.write(folder.resolve("bundle/figure.png"), new byte[] {1, 2, 3});
            if (page) {
                write(folder.resolve("about.md"), "---\ntitle: About\n---\nWho writes here.\n\n"
                        + "## Contact\n\nWrite to the ward office.\n");
            }
            if (postTemplate > 0) {
                write(blog.resolve("src/templates/post.ftlh"), "<html><body><h1>${post.title}</h1>${post.contentHtml?no_esc}"
                        + "<#if newer??>${newer.title} ${newer.readingMinutes}</#if>"
                        + (postTemplate == 1 ? "<#if older??>${older.summaryHtml}</#if>"
                                : "<#if older??>${older.wordCount}</#if>") + "</body></html>\n");
            }
            Set<String> aliased = new HashSet<>();
            Instant[] now = {Blogs.NOW};
            Settings settings = new Settings(feedSize, drafts);
            round(blog, settings, now[0], "first build", null);
            int round = 0;
            int added = posts;
            for (Step step : steps) {
                round++;
                String where = "after " + step + " in " + steps + " (" + posts + " posts, feed of " + feedSize
                        + (page ? ", a page" : "") + ", post template " + postTemplate + (drafts ? ", drafts" : "")
                        + (authors ? ", authors" : "") + ")";
                String edited = apply(step, blog, round, added, aliased, now);
                if (step.kind() == Kind.ADD) {
                    added++;
                }
                round(blog, settings, now[0], where, step.kind() == Kind.TAIL && plain(edited) && !aliased.contains(edited)
                        && postTemplate < 2 ? edited : null);
            }
        } finally {
            FileTrees.delete(blog);
        }
    }

    /** A listed post without warnings (the first two have some: their edits are built in full). */
    private static boolean plain(String file) {
        return file.startsWith("post-") && !file.equals("post-0.md") && !file.equals("post-1.md");
    }

    /**
     * Builds both copies (edit builds on, then off) and compares what they left.
     *
     * @param plainTail the post a paragraph was added to below its summary (it has no alias), or null
     */
    /** The site settings a property's blog is built with. */
    private record Settings(int feedSize, boolean drafts) {
    }

    private static void round(Path blog, Settings settings, Instant now, String where, String plainTail) {
        boolean wasEdit = build(blog, "edits", settings, now, true);
        build(blog, "whole", settings, now, false);
        FileTrees.delete(blog.resolve("fresh"));
        build(blog, "fresh", settings, now, false);
        if (plainTail != null) {
            assertTrue(wasEdit, "a paragraph below the summary of " + plainTail + " was not built as an edit, "
                    + where);
        }
        Path edits = blog.resolve("edits");
        Path whole = blog.resolve("whole");
        assertEquals(FileTrees.contents(whole.resolve("site")), FileTrees.contents(edits.resolve("site")),
                "site " + where);
        assertEquals(FileTrees.contents(blog.resolve("fresh/site")), FileTrees.contents(edits.resolve("site")),
                "site against a fresh build " + where);
        assertEquals(manifest(whole), manifest(edits), "manifest " + where);
        RunStamp wholeStamp = RunStamp.read(whole.resolve("rounds").resolve(BlogBuilder.STAMP)).orElseThrow();
        RunStamp editsStamp = RunStamp.read(edits.resolve("rounds").resolve(BlogBuilder.STAMP)).orElseThrow();
        assertEquals(stamp(wholeStamp), stamp(editsStamp), "stamp " + where);
        assertEquals(RunStamp.read(blog.resolve("fresh/rounds").resolve(BlogBuilder.STAMP)).orElseThrow().warnings(),
                editsStamp.warnings(), "warnings against a fresh build " + where);
        assertEquals(readCache(whole, settings), readCache(edits, settings), "read cache " + where);
        assertEquals(listing(whole, wholeStamp), listing(edits, editsStamp), "listing " + where);
        for (String file : List.of("campaign.json", "campaign.csv", "campaign.ics")) {
            assertEquals(text(whole.resolve("rounds").resolve(file)), text(edits.resolve("rounds").resolve(file)),
                    file + " " + where);
        }
        assertEquals(planIndex(whole), planIndex(edits), "plan index " + where);
        RunStamp wholePlan = RunStamp.read(whole.resolve("rounds").resolve(CampaignRun.STAMP)).orElseThrow();
        RunStamp editsPlan = RunStamp.read(edits.resolve("rounds").resolve(CampaignRun.STAMP)).orElseThrow();
        assertEquals(wholePlan.summary(), editsPlan.summary().replace(edits.toString(), whole.toString()),
                "campaign stamp " + where);
        assertEquals(wholePlan.outputs().keySet(), editsPlan.outputs().keySet(), "campaign files " + where);
        assertEquals(wholePlan.warnings(), editsPlan.warnings(), "campaign warnings " + where);
    }

    /** As rounds:build then rounds:campaign run; returns whether the build was an edit build. */
    private static boolean build(Path blog, String target, Settings settings, Instant now, boolean editBuilds) {
        EditBuild.enabled = editBuilds;
        try {
            BlogConfig config = config(blog, target, settings, now);
            ClassLoader loader = EditBuildProperties.class.getClassLoader();
            BlogBuilder builder = new BlogBuilder(config, Log.silent(), loader);
            Optional<BuiltBlog> built = builder.buildIfChanged();
            String state = builder.state();
            CampaignPlanner planner = new CampaignPlanner(CampaignSettings.defaults(ZoneId.of("UTC")),
                    config.site().siteUrl(), Log.silent());
            new CampaignRun(planner, config.workDirectory(), true, Log.silent()).run(state, now,
                    () -> built.orElseGet(() -> new BlogBuilder(config, Log.silent(), loader).build()),
                    () -> new Templates(config.templatesDirectory(), loader),
                    () -> BuildFingerprint.of(config, loader));
            return builder.editBuilt();
        } finally {
            EditBuild.enabled = true;
        }
    }

    private static BlogConfig config(Path blog, String target, Settings settings, Instant now) {
        Path src = blog.resolve("src");
        Path out = blog.resolve(target);
        SiteSettings site = new SiteSettings("https://notes.example.org/", "Rounds Notes", "Notes.", "en",
                ZoneId.of("UTC"), null, 2, settings.feedSize(), null, settings.drafts(), now);
        return new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), out.resolve("site"), out.resolve("rounds"), site, false, false);
    }

    /** Each file's digest, size and what it reads of listed posts (times differ between the copies). */
    private static Map<String, String> manifest(Path target) {
        Map<String, String> entries = new TreeMap<>();
        List<String> lines = lines(target.resolve("rounds").resolve(BlogBuilder.MANIFEST));
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ", 5);
            entries.put(parts[4], parts[0] + " " + parts[1] + " " + parts[3]);
        }
        return entries;
    }

    /** All of a stamp but its key (the fingerprint names the output folder) and its files' times. */
    private static String stamp(RunStamp stamp) {
        Map<String, Long> outputs = new TreeMap<>();
        stamp.outputs().forEach((name, state) -> outputs.put(name, state.size()));
        return stamp.validFrom() + " " + stamp.validUntil() + " " + stamp.summary() + " " + stamp.warnings() + " "
                + new TreeMap<>(stamp.inputs()) + " " + outputs;
    }

    /** The read cache's entries, their cards without the fingerprint before them. */
    private static Map<String, String> readCache(Path target, Settings settings) {
        Path blog = target.getParent();
        BlogConfig config = config(blog, target.getFileName().toString(), settings, Blogs.NOW);
        BlogBuilder builder = new BlogBuilder(config, Log.silent(), EditBuildProperties.class.getClassLoader());
        Map<String, String> entries = new TreeMap<>();
        ReadCache.open(config.workDirectory().resolve(BlogBuilder.READ_CACHE), builder.readCacheVersion()).entries()
                .forEach((path, entry) -> entries.put(path, entry.withCard(entry.card() == null ? null
                        : entry.card().substring(17)).toString()));
        return entries;
    }

    private static String listing(Path target, RunStamp stamp) {
        BlogBuilder builder = new BlogBuilder(config(target.getParent(), target.getFileName().toString(),
                new Settings(1, false), Blogs.NOW),
                Log.silent(), EditBuildProperties.class.getClassLoader());
        SiteListing listing = SiteListing.read(target.resolve("rounds").resolve(SiteListing.FILE),
                builder.listingKey(BlogBuilder.stateOf(stamp))).orElseThrow(() -> new AssertionError("no listing for the stamp in "
                        + target));
        return listing.listed() + " " + listing.pages() + " " + listing.tags() + " " + listing.years();
    }

    /** The plan index's lines after its campaign key (which holds the fingerprint). */
    private static List<String> planIndex(Path target) {
        List<String> lines = lines(target.resolve("rounds").resolve(CampaignRun.PLAN_INDEX));
        return lines.subList(2, lines.size());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 20))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(6);
    }

    /** Does the step; returns the file it changed (its path under the posts folder), or "". */
    private static String apply(Step step, Path blog, int round, int added, Set<String> aliased, Instant[] now)
            throws IOException {
        Path folder = blog.resolve("src/posts");
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        Path some = files.get(step.n() % files.size());
        Path other = files.get((step.n() + 1) % files.size());
        String text = Files.readString(some);
        String name = some.getFileName().toString();
        switch (step.kind()) {
            case TAIL -> Files.writeString(some, text + "\nA later paragraph, round " + round + ".\n");
            case AUTHORS -> {
                // A credential changed (when the blog has authors): every page showing that author is made again.
                Path authors = blog.resolve("src/authors.yml");
                if (Files.exists(authors)) {
                    Files.writeString(authors, Files.readString(authors).replaceFirst("credentials: [^\n]*",
                            "credentials: MD, round " + round));
                }
                return "";
            }
            case TAIL_TWO -> {
                Files.writeString(some, text + "\nA later paragraph, round " + round + ".\n");
                Files.writeString(other, Files.readString(other) + "\nAnother later paragraph, round " + round
                        + ".\n");
            }
            case HEADING -> Files.writeString(some, text.replaceFirst("\n## [^\n]*", "\n## Renamed section "
                    + round));
            case OPENING -> Files.writeString(some, text.replaceFirst("\n---\n", "\n---\nOpening " + round + ". "));
            case RETITLE -> Files.writeString(some, text.replaceFirst("title: .*", "title: Retitled " + round));
            case TOUCH -> Files.setLastModifiedTime(some, java.nio.file.attribute.FileTime.fromMillis(
                    Files.getLastModifiedTime(some).toMillis() + 2000));
            case ADD -> {
                return folder.relativize(post(folder, added)).toString();
            }
            case DELETE -> {
                if (files.size() > 1) {
                    Files.delete(some);
                }
            }
            case ALIAS -> {
                Files.writeString(some, text.contains("\naliases: ")
                        ? text.replaceFirst("\naliases: [^\n]*", "\naliases: [/old-" + round + "/]")
                        : text.replaceFirst("\ntitle: ", "\naliases: [/old-" + round + "/]\ntitle: "));
                aliased.add(name);
            }
            // The clock moves on a day: the post reviewed a day ahead is no longer warned about.
            case NEXT_DAY -> {
                now[0] = now[0].plus(java.time.Duration.ofDays(1));
                return "";
            }
            // A page of the site changed by hand, in both copies, and a paragraph added to a post: the build makes
            // the page again.
            case PAGE_BY_HAND -> {
                Files.writeString(some, text + "\nA later paragraph, round " + round + ".\n");
                for (String target : List.of("edits", "whole")) {
                    List<Path> pages;
                    try (var walk = Files.walk(blog.resolve(target).resolve("site"))) {
                        pages = walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
                    }
                    Path hand = pages.get(step.n() % pages.size());
                    Files.writeString(hand, Files.readString(hand) + "<!-- by hand -->");
                }
                return "";
            }
            case NOTHING -> {
                return "";
            }
            default -> throw new IllegalStateException(step.toString());
        }
        return name;
    }

    private static Path post(Path folder, int n) {
        Path file = folder.resolve("post-" + n + ".md");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, "---\ntitle: Post " + n + " on fluid care\ndate: 2025-0" + (1 + n % 9) + "-1"
                    + n % 10 + "\ntags: [tag" + n % 3 + "]\n---\n"
                    + "Opening words of post " + n + " about sepsis and fluid care.\n\n"
                    + "## Fluids first\n\nGive a fluid bolus within three hours when blood pressure is low.\n\n"
                    + "## Antibiotics early\n\nStart broad antibiotics within the first hour after cultures.\n");
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String text(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "(none)";
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
