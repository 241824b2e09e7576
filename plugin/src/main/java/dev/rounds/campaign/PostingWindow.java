package dev.rounds.campaign;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A time of the week when tweets may go out, in the author's time zone, e.g. weekdays 08:00-10:00.
 * Written as {@code MON-FRI 08:00-10:00}, {@code SAT,SUN 10:00-11:00} or {@code DAILY 12:00-13:00}.
 */
public record PostingWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public PostingWindow {
        days = Set.copyOf(days);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (days.isEmpty() || !start.isBefore(end)) {
            throw new IllegalArgumentException("A posting window needs days and a start before its end");
        }
    }

    public boolean contains(DayOfWeek day, LocalTime time) {
        return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
    }

    /** Parses {@code MON-FRI 08:00-10:00}. */
    public static PostingWindow parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a posting window; write it as MON-FRI 08:00-10:00");
        }
        String[] times = parts[1].split("-");
        if (times.length != 2) {
            throw new IllegalArgumentException("'" + text + "' has no time range; write it as MON-FRI 08:00-10:00");
        }
        return new PostingWindow(days(parts[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
    }

    private static Set<DayOfWeek> days(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("DAILY")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        if (upper.equals("WEEKDAYS")) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : upper.split(",")) {
            String[] range = part.split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation) && abbreviation.length() >= 2) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + abbreviation + "' is not a day; use MON, TUE, WED, THU, FRI, SAT, SUN");
    }
}
