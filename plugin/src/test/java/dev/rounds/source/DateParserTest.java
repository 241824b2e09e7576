package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates real blogs write, and file names with dates. */
class DateParserTest {

    private final DateParser dates = new DateParser(ZoneId.of("Europe/London"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2016-03-26|2016-03-26T00:00Z[Europe/London]",
            "2016-03-26T10:00:00+01:00|2016-03-26T10:00+01:00",
            "2016-03-26 10:00:00 +0100|2016-03-26T10:00+01:00",
            "2016-03-26 10:00|2016-03-26T10:00Z[Europe/London]",
            "26 March, 2016|2016-03-26T00:00Z[Europe/London]",
            "March 26, 2016|2016-03-26T00:00Z[Europe/London]",
            "Mar 26 2016|2016-03-26T00:00Z[Europe/London]",
            "2021-11|2021-11-01T00:00Z[Europe/London]"})
    void readsTheFormsBlogsUse(String written, String expected) {
        assertEquals(ZonedDateTime.parse(expected), dates.parse(written).orElseThrow());
    }

    @Property
    void anyIsoDateRoundTrips(@ForAll @IntRange(min = 1990, max = 2100) int year,
                              @ForAll @IntRange(min = 1, max = 12) int month,
                              @ForAll @IntRange(min = 1, max = 28) int day) {
        String text = String.format("%04d-%02d-%02d", year, month, day);
        ZonedDateTime parsed = dates.parse(text).orElseThrow();
        assertEquals(text, parsed.toLocalDate().toString());
        assertEquals(text, dates.fromFileName(text + "-a-post").orElseThrow().toLocalDate().toString());
    }

    @ParameterizedTest
    @CsvSource({"2016-03-26-liquid-highlight,liquid-highlight", "2026-10-hand-hygiene,hand-hygiene",
            "2024-25-season-review,2024-25-season-review", "about,about", "2019-13-not-a-month,2019-13-not-a-month"})
    void fileNamesLoseTheirDate(String name, String slug) {
        assertEquals(slug, DateParser.stripFileDate(name));
    }

    @ParameterizedTest
    @CsvSource({"tomorrow", "sometime soon", "2016-02-30", "32 March 2016"})
    void whatCannotBeReadIsEmptyNotAGuess(String written) {
        assertTrue(dates.parse(written).isEmpty(), written);
    }
}
