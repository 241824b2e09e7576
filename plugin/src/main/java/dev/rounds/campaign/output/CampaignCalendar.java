package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** campaign.ics: one event per tweet (through ical4j), so authors can see the series in their calendar. */
public final class CampaignCalendar implements TweetFile {

    private static final String BEGIN = "BEGIN:VCALENDAR\r\n";
    private static final String END = "END:VCALENDAR\r\n";

    /** The calendar's text ({@link #write(Campaign, Appendable)}). */
    public String write(Campaign campaign) {
        StringBuilder text = new StringBuilder();
        try {
            write(campaign, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    /**
     * Writes the calendar's text as ical4j writes a calendar ({@code Calendar.toString()}: the header, its properties,
     * each event's text, the footer), one event at a time: the events of a large campaign are never all in memory,
     * nor is the text. (ical4j's lists are immutable too, so a calendar built by adding 50,000 events one by one
     * copied its list each time.)
     */
    public void write(Campaign campaign, Appendable out) throws IOException {
        out.append(BEGIN).append(header().toString());
        for (ScheduledTweet tweet : campaign.tweets()) {
            out.append(event(tweet).toString());
        }
        out.append(END);
    }

    @Override
    public byte[] head(Campaign campaign) {
        return (BEGIN + header()).getBytes(StandardCharsets.UTF_8);
    }

    /** The tweet's event. */
    @Override
    public byte[] fragment(ScheduledTweet tweet) {
        return event(tweet).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] tail(Campaign campaign) {
        return END.getBytes(StandardCharsets.UTF_8);
    }

    /** The whole calendar as one ical4j object (what {@link #write} streams; kept for the test that they agree). */
    Calendar calendar(Campaign campaign) {
        List<CalendarComponent> events = new ArrayList<>(campaign.tweets().size());
        campaign.tweets().forEach(tweet -> events.add(event(tweet)));
        return new Calendar(header(), new ComponentList<>(events));
    }

    private static PropertyList header() {
        return new PropertyList(List.of(new ProdId("-//Rounds//Tweet campaign//EN"), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN));
    }

    private static VEvent event(ScheduledTweet tweet) {
        String summary = (tweet.blocked() ? "[BLOCKED] " : "") + "Tweet: " + tweet.postTitle();
        VEvent event = new VEvent(tweet.scheduledAt().toInstant(), Duration.ofMinutes(5), summary);
        // A stamp from the plan, not the clock: the same plan gives the same file.
        event.replace(new DtStamp(tweet.scheduledAt().toInstant()));
        event.add(new Uid(tweet.id() + "@rounds"));
        event.add(new Description(tweet.text() + "\n\n(" + tweet.weightedLength() + "/" + tweet.limit()
                + ", from " + tweet.source().jsonName() + ")"));
        event.add(new Url(URI.create(tweet.url())));
        if (tweet.blocked()) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        return event;
    }
}
