package dev.rounds.site;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A date as templates need it: machine-readable and in the post's language.
 *
 * @param iso ISO-8601 with offset, for {@code <time datetime>}, feeds and JSON-LD
 * @param display e.g. "26 March 2026" (or "26 de marzo de 2026")
 * @param year e.g. "2026"
 */
public record DateView(String iso, String display, String year) {

    /** The long date format of each language seen (made once: finding a locale's pattern is slow). */
    private static final Map<String, DateTimeFormatter> DISPLAY = new ConcurrentHashMap<>();

    public static DateView of(ZonedDateTime date, String languageTag) {
        if (date == null) {
            return null;
        }
        DateTimeFormatter display = DISPLAY.computeIfAbsent(languageTag == null ? "en" : languageTag,
                tag -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(tag)));
        return new DateView(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), date.format(display),
                String.valueOf(date.getYear()));
    }
}
