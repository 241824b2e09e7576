package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rounds.core.Log;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A page that lists posts is kept when nothing it read of them changed: whatever the list templates read of the posts
 * (any set of head properties, or a body property too) and whatever the author changes (titles, dates across years,
 * tags, authors, reviewers, languages, covers, bodies above and below the summary, drafts, aliases, expiry and update
 * dates, new and deleted posts), the site an incremental build makes, from disk (as rounds:build runs it, up-to-date
 * check first, and as a build called directly) or from memory (rounds:serve), is the site a fresh build makes.
 */
class ListedReadsProperties {

    /**
     * How a template shows each property of a listed post {@code p}: the head properties, the card's two, and two that
     * read the whole post (its word count and description).
     */
    private static final Map<String, String> SHOWN = shown();

    private static Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("title", "${p.title}");
        shown.put("path", "${p.path}");
        shown.put("url", "${p.url}");
        shown.put("slug", "${p.slug}");
        shown.put("published", "${(p.published.display)!'-'}");
        shown.put("modified", "${(p.modified.iso)!'-'}");
        shown.put("date", "${(p.date.toString())!'-'}");
        shown.put("tags", "<#list p.tags as t>${t.name}/${t.path},</#list>");
        shown.put("author", "${(p.author.name)!'-'}");
        shown.put("draft", "${p.draft?c}");
        shown.put("lang", "${p.lang}");
        shown.put("frontMatter", "${(p.frontMatter.extra.ward)!'-'}");
        shown.put("coverUrl", "${p.coverUrl!'-'}");
        shown.put("reviewer", "${(p.reviewer.name)!'-'}");
        shown.put("source", "${p.source}");
        shown.put("route", "${p.route}");
        shown.put("scheduled", "${p.scheduled?c}");
        shown.put("references", "${p.references?size}");
        shown.put("title()", "${p.title()}");
        shown.put("readingMinutes", "${p.readingMinutes}");
        shown.put("summaryHtml", "${p.summaryHtml}");
        shown.put("wordCount", "${p.wordCount}");
        shown.put("description", "${p.description}");
        return shown;
    }

    /**
     * How a post's page shows the site: its plain values, which only the settings change, and its lists (every tag
     * with its count, the years), which every new, deleted, retagged or redated post changes.
     */
    private static final Map<String, String> SITE_SHOWN = Map.of(
            "title", "${site.title}",
            "basePath", "${site.basePath}",
            "tags", "<#list site.tags as t>${t.name}=${t.count},</#list>",
            "years", "<#list site.years as y>${y?c},</#list>",
            "tags()", "${site.tags()?size}",
            "keys", "<#list site?keys as k>${k},</#list>");

    enum Kind { RETITLE, REDATE, RETAG, REAUTHOR, EDIT_BODY, TAIL, OPENING, EXTRA, DRAFT, ALIAS, EXPIRE, LASTMOD, LANG,
        COVER, REVIEWER, ADD, DELETE }

    record Step(Kind kind, int n) {
    }

    @Property(tries = 30)
    void incrementalBuildsMakeWhatAFreshBuildMakes(@ForAll("reads") List<String> archive,
                                                  @ForAll("reads") List<String> year,
                                                  @ForAll("reads") List<String> sitemap,
                                                  @ForAll("siteReads") List<String> postShowsOfSite,
                                                  @ForAll("steps") List<Step> steps) throws IOException {
        Path blog = Files.createTempDirectory("rounds-listed-reads");
        IncrementalOutputs.checkSettled = true;
        try {
            Path posts = blog.resolve("src/posts");
            template(blog, "archive.ftlh", "<#list years as y>${y.year?c}:<#list y.posts as p>" + show(archive)
                    + "\n</#list></#list>");
            template(blog, "year.ftlh", "<#list year.posts as p>" + show(year) + "\n</#list>"
                    + "<#list years as y>${y.year?c} ${y.path} ${y.count}\n</#list>");
            template(blog, "sitemap.ftlx", "<x><#list posts as p>" + show(sitemap) + "\n</#list></x>");
            template(blog, "post.ftlh", "${post.title} ${(newer.title)!'-'} ${(older.title)!'-'} "
                    + postShowsOfSite.stream().map(SITE_SHOWN::get).collect(Collectors.joining("|", "[", "]")));
            for (int i = 0; i < 5; i++) {
                post(posts, i, "Title " + i, 2024 + i % 2, "tag" + i % 2, "ward-" + i, "First words of " + i + ".",
                        false);
            }
            try (BuildMemo memo = BuildMemo.watched()) {
                builder(blog, "served").withMemo(memo).build();
                builder(blog, "maven").buildIfChanged();
                builder(blog, "direct").build();
                int round = 0;
                for (Step step : steps) {
                    round++;
                    List<Path> changed = apply(step, posts, round);
                    memo.changed(changed);
                    builder(blog, "served").withMemo(memo).build();
                    // As rounds:build does: the up-to-date check first, then a build that keeps pages by what it saw.
                    builder(blog, "maven").buildIfChanged();
                    builder(blog, "direct").build();
                    FileTrees.delete(blog.resolve("fresh"));
                    builder(blog, "fresh").build();
                    Map<String, String> fresh = FileTrees.contents(blog.resolve("fresh/site"));
                    String where = "after " + step + " in " + steps + ", reading " + archive + " / " + year + " / "
                            + sitemap + ", the post pages reading the site's " + postShowsOfSite;
                    assertEquals(fresh, FileTrees.contents(blog.resolve("maven/site")), "Maven: " + where);
                    assertEquals(fresh, FileTrees.contents(blog.resolve("direct/site")), "a build: " + where);
                    assertEquals(fresh, FileTrees.contents(blog.resolve("served/site")), "rounds:serve: " + where);
                }
            }
        } finally {
            IncrementalOutputs.checkSettled = false;
            FileTrees.delete(blog);
        }
    }

    @Provide
    Arbitrary<List<String>> reads() {
        return Arbitraries.of(List.copyOf(SHOWN.keySet())).list().uniqueElements().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> siteReads() {
        return Arbitraries.of(List.copyOf(new java.util.TreeSet<>(SITE_SHOWN.keySet()))).list().uniqueElements()
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 20))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(5);
    }

    private static String show(List<String> properties) {
        return properties.stream().map(SHOWN::get).collect(Collectors.joining("|", "[", "]"));
    }

    /** Does the step; returns the files it changed, as a watcher would tell them. */
    private static List<Path> apply(Step step, Path posts, int round) throws IOException {
        List<Path> files;
        try (var list = Files.list(posts)) {
            files = list.sorted().toList();
        }
        Path some = files.get(step.n() % files.size());
        String text = Files.readString(some);
        switch (step.kind()) {
            case RETITLE -> Files.writeString(some, text.replaceFirst("title: .*", "title: Retitled " + round));
            // Another year (another route), or another day of the month (the same route under /:year/:month/).
            case REDATE -> Files.writeString(some, step.n() % 2 == 0
                    ? text.replaceFirst("date: \\d{4}", "date: " + (2023 + step.n() % 4))
                    : text.replaceFirst("(date: \\d{4}-\\d{2})-\\d{2}", "$1-2" + step.n() % 9));
            case RETAG -> Files.writeString(some, text.replaceFirst("tags: \\[.*]", "tags: [retagged" + step.n() % 3
                    + "]"));
            case REAUTHOR -> Files.writeString(some, text.replaceFirst("author: .*", "author: someone-" + round));
            case EDIT_BODY -> Files.writeString(some, text + "\n" + "More words. ".repeat(100 * round) + "\n");
            // A paragraph below the first: what a list shows of the post (its summary, its reading time) stays.
            case TAIL -> Files.writeString(some, text + "\nA later paragraph " + round + ".\n");
            // The first paragraph, which is the summary a list shows.
            case OPENING -> Files.writeString(some, text.replaceFirst("\n---\n", "\n---\nOpening " + round + ". "));
            case EXTRA -> Files.writeString(some, text.replaceFirst("ward: .*", "ward: moved-" + round));
            case DRAFT -> Files.writeString(some, text.replaceFirst("draft: .*", "draft: " + (step.n() % 2 == 0)));
            case ALIAS -> Files.writeString(some, set(text, "aliases", "[/old-" + round + "/]"));
            case EXPIRE -> Files.writeString(some, set(text, "expiryDate", "20" + (10 + step.n()) + "-01-01"));
            case LASTMOD -> Files.writeString(some, set(text, "lastmod", "2026-0" + (1 + step.n() % 9) + "-01"));
            case LANG -> Files.writeString(some, set(text, "lang", List.of("en", "es", "de").get(step.n() % 3)));
            case COVER -> Files.writeString(some, set(text, "cover", "/images/cover-" + step.n() % 3 + ".png"));
            case REVIEWER -> Files.writeString(some, set(text, "reviewedBy", "reviewer-" + step.n() % 2));
            case ADD -> {
                Path added = post(posts, 10 + round, "Added " + round, 2023 + step.n() % 4, "tag" + step.n() % 3,
                        "ward-new", "Added words.", false);
                return List.of(added);
            }
            case DELETE -> {
                if (files.size() > 1) {
                    Files.delete(some);
                }
            }
            default -> throw new IllegalStateException(step.toString());
        }
        return List.of(some);
    }

    /** The front matter with {@code key} set to {@code value}, in place or as a new line. */
    private static String set(String text, String key, String value) {
        return text.contains("\n" + key + ": ") ? text.replaceFirst("\n" + key + ": .*", "\n" + key + ": " + value)
                : text.replaceFirst("\ndraft: ", "\n" + key + ": " + value + "\ndraft: ");
    }

    private static Path post(Path posts, int n, String title, int year, String tag, String ward, String body,
                             boolean draft) {
        Path file = posts.resolve("post-" + n + ".md");
        try {
            Files.createDirectories(posts);
            Files.writeString(file, "---\ntitle: " + title + "\ndate: " + year + "-0" + (1 + n % 2) + "-1" + n % 10
                    + "\ntags: [" + tag + "]\nauthor: author-" + n % 2 + "\nward: " + ward + "\ndraft: " + draft
                    + "\n---\n" + body + "\n");
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void template(Path blog, String name, String text) {
        try {
            Path file = blog.resolve("src/templates").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static BlogBuilder builder(Path blog, String target) {
        return new BlogBuilder(Blogs.config(blog, blog.resolve(target), true), Log.silent(),
                ListedReadsProperties.class.getClassLoader());
    }
}
