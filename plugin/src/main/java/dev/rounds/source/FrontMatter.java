package dev.rounds.source;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A post's front matter, typed. Jekyll and Hugo keys are read into the same fields (see {@link FrontMatterMapper}).
 * Optional values are {@code null}; lists are never null.
 *
 * @param title the title ("" when absent: the slug is used)
 * @param date the publication date, or null for a page (About, Contact)
 * @param publishDate Hugo's publishDate: not shown before it
 * @param expiryDate Hugo's expiryDate: not shown after it
 * @param lastmod when the post was last changed in substance (shown as "updated")
 * @param draft Hugo's {@code draft: true} or Jekyll's {@code published: false}
 * @param slug the last path segment
 * @param permalink an explicit path for this post (Jekyll {@code permalink}, Hugo {@code url})
 * @param tags tags and categories, in the order written
 * @param aliases old paths that should redirect here
 * @param summary the author's summary (Markdown-free text)
 * @param description the meta description
 * @param excerptSeparator Jekyll's excerpt separator, {@code <!--more-->} by default
 * @param author a key into the blog's authors file
 * @param reviewedBy a key into the blog's authors file
 * @param lastReviewed when the clinical content was last reviewed
 * @param medicalAudience "clinician" or "patient" (anything else is an error when read)
 * @param specialty the medical specialty
 * @param cover a cover image, relative to the post or absolute
 * @param lang the language tag, e.g. "es"
 * @param campaign false to never tweet this post
 * @param tweets the author's own teasers
 * @param references the post's references
 * @param disclosures the post's conflict-of-interest or funding statement
 * @param acknowledged confidentiality findings the author has reviewed and accepts, by finding id
 * @param layout the template to render with (without extension), or null for the default
 * @param lines the 1-based line in the post's file of each top-level key, for error messages
 * @param extra keys Rounds does not know, passed through to templates as {@code post.params}
 * @param aspect the aspects of medical practice the post is about ("diagnosis", "treatment"...), in the order written
 */
public record FrontMatter(
        String title,
        ZonedDateTime date,
        ZonedDateTime publishDate,
        ZonedDateTime expiryDate,
        ZonedDateTime lastmod,
        boolean draft,
        String slug,
        String permalink,
        List<String> tags,
        List<String> aliases,
        String summary,
        String description,
        String excerptSeparator,
        String author,
        String reviewedBy,
        LocalDate lastReviewed,
        String medicalAudience,
        String specialty,
        String cover,
        String lang,
        boolean campaign,
        List<AuthorTeaser> tweets,
        List<Reference> references,
        String disclosures,
        List<String> acknowledged,
        String layout,
        KeyLines lines,
        Map<String, Object> extra,
        List<String> aspect) {

    /** The audiences {@code medicalAudience} may name. */
    public static final List<String> MEDICAL_AUDIENCES = List.of("clinician", "patient");

    public FrontMatter {
        title = title == null ? "" : title;
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        tweets = List.copyOf(tweets);
        references = List.copyOf(references);
        acknowledged = List.copyOf(acknowledged);
        lines = lines == null ? KeyLines.NONE : lines;
        extra = Map.copyOf(extra);
        aspect = aspect == null ? List.of() : List.copyOf(aspect);
        excerptSeparator = excerptSeparator == null || excerptSeparator.isBlank() ? "<!--more-->" : excerptSeparator;
        Objects.requireNonNull(title);
    }

    /** The line a key was written on, or the given fallback. */
    public int lineOf(String key, int fallback) {
        return lines.of(key, fallback);
    }

    /** The line of the first of these keys that was written (for keys read under several spellings), or 1. */
    public int lineOfAny(String... keys) {
        for (String key : keys) {
            if (lines.has(key)) {
                return lines.of(key, 1);
            }
        }
        return 1;
    }

    /**
     * Whether the post carries medical review metadata ({@code reviewedBy}, {@code lastReviewed},
     * {@code medicalAudience}, {@code specialty} or {@code aspect}): such a page is a schema.org MedicalWebPage.
     */
    public boolean medical() {
        return reviewedBy != null || lastReviewed != null || medicalAudience != null || specialty != null
                || !aspect.isEmpty();
    }

    /** The schema.org MedicalSpecialty member for {@code specialty}, e.g. "https://schema.org/Cardiovascular", or null. */
    public String specialtyUrl() {
        return MedicalSpecialties.schemaOrgUrl(specialty).orElse(null);
    }

    /** {@code lastReviewed} as the post's language writes a date ("30 June 2026"), or null. */
    public String lastReviewedDisplay(String languageTag) {
        return lastReviewed == null ? null : lastReviewed.format(java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag(languageTag == null ? "en" : languageTag)));
    }
}
