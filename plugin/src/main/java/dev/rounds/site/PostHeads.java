package dev.rounds.site;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A post's head properties ({@link Post#HEAD_PROPERTIES}) as bits of a mask, and what each stands for. A page that
 * lists posts is keyed by the properties its last render read of them ({@link PostTracking}): a sitemap that read only
 * their addresses and dates stays as it is when a title changes. Most properties are keyed by a short text (a
 * <em>facet</em>) that is equal exactly when the property's value is, given the build's settings (in its fingerprint);
 * the references and the whole front matter have none, and a mask holding them keys the posts by their
 * {@link Post#headDigest()}. Two properties come from the body, as a list's card shows it (its summary and reading
 * time, {@link #BODY}): their facets are what the last build found for the same file, so that an edit below a post's
 * excerpt leaves the pages that list it as they are, without reading the other posts they list.
 */
public final class PostHeads {

    /** The listed posts' bodies were read too: they count whole ({@link Post#digest()}). */
    public static final int WHOLE = -1;

    /** The head properties ({@link Post#HEAD_PROPERTIES} is made from this list), bit 0 first. */
    public static final List<String> ORDER = List.of("source", "page", "title", "slug", "route", "path", "url", "date",
            "updated", "published", "modified", "draft", "scheduled", "tags", "coverUrl", "lang", "author", "reviewer",
            "references", "frontMatter", "summaryHtml", "readingMinutes");

    /** Every head property. */
    public static final int ALL = (1 << ORDER.size()) - 1;

    /**
     * Not a post's property: the render read the site's lists ({@link SiteView#tags()} with their counts,
     * {@link SiteView#years()}), which change whenever a post comes or goes or changes its tags or year. A page that
     * did not read them is keyed by the rest of the site's view, so a new post leaves the other posts' pages as they
     * are. {@link #WHOLE} has this bit too.
     */
    public static final int SITE_LISTS = 1 << 30;

    static {
        if (ORDER.size() >= 30) {
            throw new IllegalStateException("PostHeads.ORDER has grown into the bit of SITE_LISTS");
        }
    }

    /** The properties a facet stands for (and the site's lists, which are no post's). */
    private static final int FACETED = ALL & ~(1 << ORDER.indexOf("references")) & ~(1 << ORDER.indexOf("frontMatter"))
            | SITE_LISTS;

    /**
     * The properties made from the body (a list's card: its summary and reading time). Their facets come from
     * {@link PostBody#card()}; the head digest does not cover them, so a mask keyed by it takes their facets too.
     */
    public static final int BODY = (1 << ORDER.indexOf("summaryHtml")) | (1 << ORDER.indexOf("readingMinutes"));

    private PostHeads() {
    }

    /** The bit of a head property, or -1 for any other name. */
    public static int bit(String property) {
        return ORDER.indexOf(property);
    }

    /** Whether a render with this mask read the site's lists ({@link #SITE_LISTS}). */
    public static boolean readsSiteLists(int mask) {
        return (mask & SITE_LISTS) != 0;
    }

    /** Whether every property of the mask has a facet (else the posts count by their head digest). */
    public static boolean faceted(int mask) {
        return mask != WHOLE && (mask & ~FACETED) == 0;
    }

    /**
     * A text equal for two posts of one build's settings exactly when the property is: the value itself, or what the
     * value is made from (a date view from the date and the language; a tag from its name; an author from the key
     * into the authors file, which is in the build's fingerprint).
     *
     * @throws IllegalArgumentException for a property without a facet
     */
    public static String facet(Post post, int bit) {
        String property = bit >= 0 && bit < ORDER.size() ? ORDER.get(bit) : "bit " + bit;
        return switch (property) {
            case "source" -> post.source();
            case "page" -> post.page() ? "page" : "post";
            case "title" -> post.title();
            case "slug" -> post.slug();
            case "route" -> post.route();
            case "path" -> post.path();
            case "url" -> post.url();
            case "date" -> date(post.date());
            case "updated" -> date(post.updated());
            case "published" -> date(post.date()) + " " + text(post.lang());
            case "modified" -> date(post.updated()) + " " + text(post.lang());
            case "draft" -> Boolean.toString(post.draft());
            case "scheduled" -> Boolean.toString(post.scheduled());
            case "tags" -> tags(post.tags());
            case "coverUrl" -> text(post.coverUrl());
            case "lang" -> text(post.lang());
            case "author" -> text(key(post, true));
            case "reviewer" -> text(key(post, false));
            case "summaryHtml" -> PostBody.summaryOf(post.body().card());
            case "readingMinutes" -> PostBody.minutesOf(post.body().card());
            default -> throw new IllegalArgumentException("No facet for " + property);
        };
    }

    /**
     * Whether two posts have the same {@link #facet} for the property, compared without making the facets (rounds:serve
     * compares each listed post of a page with the last save's at every save).
     */
    public static boolean sameFacet(Post first, Post second, int bit) {
        String property = bit >= 0 && bit < ORDER.size() ? ORDER.get(bit) : "bit " + bit;
        return switch (property) {
            case "source" -> first.source().equals(second.source());
            case "page" -> first.page() == second.page();
            case "title" -> first.title().equals(second.title());
            case "slug" -> first.slug().equals(second.slug());
            case "route" -> first.route().equals(second.route());
            case "path" -> first.path().equals(second.path());
            case "url" -> first.url().equals(second.url());
            case "date" -> Objects.equals(first.date(), second.date());
            case "updated" -> Objects.equals(first.updated(), second.updated());
            case "published" -> Objects.equals(first.date(), second.date())
                    && Objects.equals(first.lang(), second.lang());
            case "modified" -> Objects.equals(first.updated(), second.updated())
                    && Objects.equals(first.lang(), second.lang());
            case "draft" -> first.draft() == second.draft();
            case "scheduled" -> first.scheduled() == second.scheduled();
            case "tags" -> sameNames(first.tags(), second.tags());
            case "coverUrl" -> Objects.equals(first.coverUrl(), second.coverUrl());
            case "lang" -> Objects.equals(first.lang(), second.lang());
            case "author" -> Objects.equals(key(first, true), key(second, true));
            case "reviewer" -> Objects.equals(key(first, false), key(second, false));
            case "summaryHtml" -> first.body() == second.body()
                    || PostBody.summaryOf(first.body().card()).equals(PostBody.summaryOf(second.body().card()));
            case "readingMinutes" -> first.body() == second.body()
                    || PostBody.minutesOf(first.body().card()).equals(PostBody.minutesOf(second.body().card()));
            default -> throw new IllegalArgumentException("No facet for " + property);
        };
    }

    private static String key(Post post, boolean author) {
        return post.frontMatter() == null ? null
                : author ? post.frontMatter().author() : post.frontMatter().reviewedBy();
    }

    private static boolean sameNames(List<TagRef> first, List<TagRef> second) {
        if (first.size() != second.size()) {
            return false;
        }
        for (int i = 0; i < first.size(); i++) {
            if (!first.get(i).name().equals(second.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    /** The names of a mask's properties, in order (for messages and tests). */
    public static List<String> names(int mask) {
        if (mask == WHOLE) {
            return List.of("(whole posts)");
        }
        List<String> names = new java.util.ArrayList<>(
                ORDER.stream().filter(name -> (mask & (1 << ORDER.indexOf(name))) != 0).toList());
        if (readsSiteLists(mask)) {
            names.add("(the site's tags and years)");
        }
        return List.copyOf(names);
    }

    private static String date(ZonedDateTime date) {
        // ZonedDateTime's text holds the instant, the offset and the zone: equal texts, equal dates.
        return date == null ? "\u0000" : date.toString();
    }

    /** A text that may be missing: missing is told apart from every text (even "null" or "-"). */
    private static String text(String value) {
        return value == null ? "\u0000" : "=" + value;
    }

    private static String tags(List<TagRef> tags) {
        StringBuilder text = new StringBuilder().append(tags.size());
        for (TagRef tag : tags) {
            text.append('\u0000').append(tag.name().length()).append(':').append(tag.name());
        }
        return text.toString();
    }
}
