package dev.rounds.site;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A date as templates need it: machine-readable and in the post's language.
 *
 * @param iso ISO-8601 with offset, for {@code <time datetime>}, feeds and JSON-LD
 * @param display e.g. "26 March 2026" (or "26 de marzo de 2026")
 * @param year e.g. "2026"
 */
public record DateView(String iso, String display, String year) {

    public static DateView of(ZonedDateTime date, String languageTag) {
        if (date == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(languageTag == null ? "en" : languageTag);
        return new DateView(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                String.valueOf(date.getYear()));
    }
}
