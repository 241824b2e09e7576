package dev.rounds.source;

import dev.rounds.core.Problems;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types raw front matter. Reads Rounds' own keys and the Jekyll and Hugo spellings of the same things, so posts
 * written for those generators work as they are. Unknown keys go to {@link FrontMatter#extra()}.
 */
public final class FrontMatterMapper {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("\\d{1,8}");
    private static final List<String> REFERENCE_KEYS = List.of("doi", "pmid", "url", "label");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+");

    private static final Set<String> KNOWN = Set.of("title", "date", "publishDate", "publishdate", "expiryDate",
            "expirydate", "lastmod", "last_modified_at", "updated", "draft", "published", "slug", "permalink", "url",
            "tags", "categories", "category", "aliases", "redirect_from", "summary", "description", "excerpt",
            "excerpt_separator", "author", "reviewedBy", "reviewed_by", "lastReviewed", "last_reviewed",
            "medicalAudience", "specialty", "cover", "image", "featured_image", "lang", "language", "campaign",
            "tweets", "references", "disclosures", "disclosure", "acknowledge", "acknowledged", "layout", "aspect");

    private final DateParser dates;

    public FrontMatterMapper(DateParser dates) {
        this.dates = dates;
    }

    /**
     * @param source the post's relative path, for messages
     * @param raw the parsed front matter
     * @param problems where problems are added (an unreadable date is left to the caller, which may use the file name)
     */
    public FrontMatter map(String source, RawFrontMatter raw, Problems problems) {
        Fields fields = new Fields(source, raw, problems);
        Map<String, Object> extra = new LinkedHashMap<>();
        raw.values().forEach((key, value) -> {
            if (!KNOWN.contains(key) && value != null) {
                extra.put(key, value);
            }
        });
        Object published = raw.values().get("published");
        boolean draft = fields.bool("draft", false) || Boolean.FALSE.equals(published);
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(concat(fields.words("tags"), fields.words("categories"),
                fields.words("category"))));
        return new FrontMatter(
                fields.text("title"),
                fields.dateOrNull("date"),
                fields.date("publishDate", "publishdate"),
                fields.date("expiryDate", "expirydate"),
                fields.date("lastmod", "last_modified_at", "updated"),
                draft,
                fields.text("slug"),
                firstNonNull(fields.text("permalink"), fields.text("url")),
                tags,
                concat(fields.list("aliases"), fields.list("redirect_from")),
                firstNonNull(fields.text("summary"), fields.text("excerpt")),
                fields.text("description"),
                fields.text("excerpt_separator"),
                fields.text("author"),
                firstNonNull(fields.text("reviewedBy"), fields.text("reviewed_by")),
                fields.localDate("lastReviewed", "last_reviewed"),
                medicalAudience(fields),
                fields.text("specialty"),
                cover(raw.values()),
                firstNonNull(fields.text("lang"), fields.text("language")),
                fields.bool("campaign", true),
                tweets(fields),
                references(fields),
                firstNonNull(fields.text("disclosures"), fields.text("disclosure")),
                concat(fields.list("acknowledge"), fields.list("acknowledged")),
                fields.text("layout"),
                KeyLines.of(raw.lines()),
                extra,
                fields.list("aspect"));
    }

    /** "clinician" or "patient", in any case; anything else is an error naming the two. */
    private static String medicalAudience(Fields fields) {
        String written = fields.text("medicalAudience");
        if (written == null) {
            return null;
        }
        String audience = written.toLowerCase(java.util.Locale.ROOT);
        if (!FrontMatter.MEDICAL_AUDIENCES.contains(audience)) {
            fields.problems.error(fields.source, fields.line("medicalAudience"), "'medicalAudience' is '" + written
                    + "'; it must be one of: " + String.join(", ", FrontMatter.MEDICAL_AUDIENCES) + ".",
                    "Write 'medicalAudience: clinician' for professionals or 'medicalAudience: patient' for patients "
                            + "and the public.");
            return null;
        }
        return audience;
    }

    /** The raw {@code date} value, for the caller's own message when it cannot be read. */
    public static Optional<Object> rawDate(RawFrontMatter raw) {
        return Optional.ofNullable(raw.values().get("date"));
    }

    private static String cover(Map<String, Object> values) {
        for (String key : List.of("cover", "image", "featured_image")) {
            Object value = values.get(key);
            if (value instanceof Map<?, ?> map && map.get("image") != null) {
                return String.valueOf(map.get("image"));
            }
            if (value instanceof String text && !text.isBlank()) {
                return text.trim();
            }
        }
        return null;
    }

    private static List<AuthorTeaser> tweets(Fields fields) {
        List<AuthorTeaser> teasers = new ArrayList<>();
        Object value = fields.raw.values().get("tweets");
        if (value == null) {
            return teasers;
        }
        int line = fields.line("tweets");
        if (!(value instanceof List<?> list)) {
            fields.problems.error(fields.source, line, "'tweets' must be a list of teaser texts.",
                    "Write each teaser on its own line starting with '- ', or as '- text: ...' with 'section: ...'.");
            return teasers;
        }
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            int itemLine = fields.itemLine("tweets", i, line + i + 1);
            if (item instanceof Map<?, ?> map && map.get("text") != null) {
                Object section = map.get("section");
                teasers.add(new AuthorTeaser(String.valueOf(map.get("text")).trim(),
                        section == null ? "" : String.valueOf(section).trim(), itemLine));
            } else if (item instanceof String text && !text.isBlank()) {
                teasers.add(new AuthorTeaser(text.trim(), "", itemLine));
            } else {
                fields.problems.error(fields.source, itemLine, "Teaser " + (i + 1) + " under 'tweets' has no text.",
                        "Give it as a plain string, or as 'text: ...' (and optionally 'section: ...').");
            }
        }
        return teasers;
    }

    private static List<Reference> references(Fields fields) {
        List<Reference> references = new ArrayList<>();
        Object value = fields.raw.values().get("references");
        if (value == null) {
            return references;
        }
        int line = fields.line("references");
        if (!(value instanceof List<?> list)) {
            fields.problems.error(fields.source, line, "'references' must be a list.",
                    "Write each reference on its own line: '- doi: 10.1056/...', '- pmid: 123456' or '- url: https://...'.");
            return references;
        }
        for (int i = 0; i < list.size(); i++) {
            Reference reference = reference(fields, list.get(i), i + 1, fields.itemLine("references", i, line));
            if (reference != null) {
                references.add(reference);
            }
        }
        return references;
    }

    private static Reference reference(Fields fields, Object item, int number, int line) {
        String doi = null;
        String pmid = null;
        String url = null;
        String label = null;
        if (item instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!REFERENCE_KEYS.contains(String.valueOf(key))) {
                    fields.problems.warning(fields.source, line, "Reference " + number + " has a key Rounds does not "
                            + "know, '" + key + "': it is ignored.", "Use " + String.join(", ", REFERENCE_KEYS) + ".");
                }
            }
            doi = stringOrNull(map.get("doi"));
            pmid = stringOrNull(map.get("pmid"));
            url = stringOrNull(map.get("url"));
            label = stringOrNull(map.get("label"));
        } else if (item instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.toLowerCase().startsWith("doi:")) {
                doi = trimmed.substring(4).trim();
            } else if (trimmed.toLowerCase().startsWith("pmid:")) {
                pmid = trimmed.substring(5).trim();
            } else {
                url = trimmed;
            }
        }
        if (doi != null) {
            doi = doi.replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
            if (!DOI.matcher(doi).matches()) {
                fields.problems.error(fields.source, line, "Reference " + number + " has a malformed DOI '" + doi + "'.",
                        "A DOI looks like 10.1056/NEJMoa1511939: '10.', a registrant code, '/', a suffix.");
                return null;
            }
        }
        if (pmid != null && !PMID.matcher(pmid).matches()) {
            fields.problems.error(fields.source, line, "Reference " + number + " has a malformed PMID '" + pmid + "'.",
                    "A PMID is 1 to 8 digits, as PubMed shows it (e.g. 26551272).");
            return null;
        }
        if (url != null && !url.matches("https?://\\S+")) {
            fields.problems.error(fields.source, line, "Reference " + number + " has a URL that is not http(s): '" + url + "'.",
                    "Write the full address, starting with https://.");
            return null;
        }
        if (doi == null && pmid == null && url == null) {
            fields.problems.error(fields.source, line, "Reference " + number + " has no doi, pmid or url.",
                    "Give one of 'doi:', 'pmid:' or 'url:'.");
            return null;
        }
        return new Reference(doi, pmid, url, label, line);
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : String.valueOf(value).trim();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    /** Typed access to raw values, reporting type errors with the key's line. */
    private final class Fields {
        final String source;
        final RawFrontMatter raw;
        final Problems problems;

        Fields(String source, RawFrontMatter raw, Problems problems) {
            this.source = source;
            this.raw = raw;
            this.problems = problems;
        }

        int line(String key) {
            return raw.lines().getOrDefault(key, 1);
        }

        /** The line of a list item (the item's own line, not its key's), or the fallback when unknown. */
        int itemLine(String key, int index, int fallback) {
            return raw.lines().getOrDefault(RawFrontMatter.itemKey(key, index), fallback);
        }

        String text(String key) {
            Object value = raw.values().get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                problems.error(source, line(key), "'" + key + "' must be a single value, not a list or a map.",
                        "Write it as '" + key + ": some text'.");
                return null;
            }
            String text = String.valueOf(value).trim();
            return text.isEmpty() ? null : text;
        }

        boolean bool(String key, boolean fallback) {
            Object value = raw.values().get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean flag) {
                return flag;
            }
            problems.error(source, line(key), "'" + key + "' must be true or false, not '" + value + "'.",
                    "Write '" + key + ": true' or '" + key + ": false'.");
            return fallback;
        }

        List<String> list(String key) {
            Object value = raw.values().get(key);
            List<String> items = new ArrayList<>();
            if (value instanceof List<?> list) {
                list.stream().filter(java.util.Objects::nonNull).map(item -> String.valueOf(item).trim())
                        .filter(item -> !item.isEmpty()).forEach(items::add);
            } else if (value != null && !String.valueOf(value).isBlank()) {
                items.add(String.valueOf(value).trim());
            }
            return items;
        }

        /** A list, or a string of words separated by spaces or commas (Jekyll's tags and categories). */
        List<String> words(String key) {
            Object value = raw.values().get(key);
            if (value instanceof String text) {
                String separator = text.contains(",") ? "\\s*,\\s*" : LIST_SEPARATOR.pattern();
                return List.of(text.trim().split(separator)).stream().filter(word -> !word.isBlank()).toList();
            }
            return list(key);
        }

        ZonedDateTime dateOrNull(String key) {
            Object value = raw.values().get(key);
            return value == null ? null : dates.parse(value).orElse(null);
        }

        ZonedDateTime date(String... keys) {
            for (String key : keys) {
                Object value = raw.values().get(key);
                if (value != null) {
                    Optional<ZonedDateTime> date = dates.parse(value);
                    if (date.isEmpty()) {
                        problems.error(source, line(key), "'" + key + "' is not a date Rounds can read: '" + value + "'.",
                                "Write it as 2024-03-26, 2024-03-26T09:30:00+01:00 or 'March 26, 2024'.");
                    }
                    return date.orElse(null);
                }
            }
            return null;
        }

        LocalDate localDate(String... keys) {
            ZonedDateTime date = date(keys);
            return date == null ? null : date.toLocalDate();
        }
    }
}
