package dev.rounds.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates real blogs write: ISO dates with or without time and offset, Jekyll's
 * {@code 2016-03-26 10:00:00 +0100}, and human forms ("26 March, 2016", "March 26, 2016", "Mar 26 2016", "2021-11").
 * A date without an offset is taken in the blog's time zone.
 */
public final class DateParser {

    private static final Pattern JEKYLL_FILE_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-(.+)$");
    /** A year and month before the name, as bundle folders are often named ({@code 2026-10-hand-hygiene}). */
    private static final Pattern MONTH_PREFIX = Pattern.compile("^\\d{4}-(?:0[1-9]|1[0-2])-(?!\\d)(.+)$");

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS] XX"),
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS] XXX"),
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS]XXX"),
            pattern("yyyy-MM-dd'T'HH:mm[:ss]XX"));

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS]"));

    private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d MMMM[,] yyyy"),
            pattern("d MMM[,] yyyy"),
            pattern("MMMM d[,] yyyy"),
            pattern("MMM d[,] yyyy"),
            pattern("MMMM d['st']['nd']['rd']['th'][,] yyyy"),
            pattern("yyyy/MM/dd"),
            pattern("yyyy.MM.dd"));

    private final ZoneId zone;

    public DateParser(ZoneId zone) {
        this.zone = zone;
    }

    /** A date from a front-matter value (a string, or the date types TOML and YAML parsers return). */
    public Optional<ZonedDateTime> parse(Object value) {
        if (value instanceof ZonedDateTime zoned) {
            return Optional.of(zoned);
        }
        if (value instanceof OffsetDateTime offset) {
            return Optional.of(offset.toZonedDateTime());
        }
        if (value instanceof LocalDateTime local) {
            return Optional.of(local.atZone(zone));
        }
        if (value instanceof LocalDate date) {
            return Optional.of(date.atStartOfDay(zone));
        }
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(zone));
        }
        if (value instanceof CharSequence text) {
            return parseText(text.toString().trim());
        }
        return Optional.empty();
    }

    private Optional<ZonedDateTime> parseText(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String normalised = text.replaceAll("\\s+", " ");
        for (DateTimeFormatter format : ZONED) {
            try {
                return Optional.of(OffsetDateTime.parse(normalised, format).toZonedDateTime());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(normalised, format).atZone(zone));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : LOCAL_DATES) {
            try {
                return Optional.of(LocalDate.parse(normalised, format).atStartOfDay(zone));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(YearMonth.parse(normalised).atDay(1).atStartOfDay(zone));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /** The date of a Jekyll-style file name ({@code 2016-03-26-slug.md}), if it has one. */
    public Optional<ZonedDateTime> fromFileName(String baseName) {
        Matcher matcher = JEKYLL_FILE_DATE.matcher(baseName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))).atStartOfDay(zone));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    /** The slug of a file name without its date ({@code 2016-03-26-} or {@code 2016-03-}), or the name itself. */
    public static String stripFileDate(String baseName) {
        Matcher matcher = JEKYLL_FILE_DATE.matcher(baseName);
        if (matcher.matches()) {
            return matcher.group(4);
        }
        Matcher month = MONTH_PREFIX.matcher(baseName);
        return month.matches() ? month.group(1) : baseName;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
