package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.ScheduledTweet;
import java.net.URI;
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
public final class CampaignCalendar {

    /**
     * The calendar's text. Its events are gathered first and handed to the calendar as one list: ical4j's lists are
     * immutable, so adding 50,000 events one by one copied the list each time (17 GB of copies for 10,000 posts, and
     * the heap grew to 4 GB to hold them).
     */
    public String write(Campaign campaign) {
        List<CalendarComponent> events = new ArrayList<>(campaign.tweets().size());
        for (ScheduledTweet tweet : campaign.tweets()) {
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
            events.add(event);
        }
        PropertyList header = new PropertyList(List.of(new ProdId("-//Rounds//Tweet campaign//EN"),
                ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN));
        return new Calendar(header, new ComponentList<>(events)).toString();
    }
}
