package dev.rounds.campaign.schedule;

import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.EvergreenSettings;
import dev.rounds.campaign.PostingWindow;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.Teaser;
import dev.rounds.campaign.TeaserIds;
import dev.rounds.campaign.TeaserSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills free slots with older posts' teasers. Slots are the start of each day's first posting window; slot number k
 * counts such days from a fixed anchor (1 January 2000), so the same day always gets the same post, whichever day the
 * plan is made. Posts take turns in order of publication; a post's turn comes round at most once per
 * {@code gap}, and each turn shares its next teaser. A slot that a launch tweet crowds (minGap, maxPerDay) is skipped.
 * Posts younger than the gap are never re-shared.
 */
public final class EvergreenQueue {

    private static final LocalDate ANCHOR = LocalDate.of(2000, 1, 1);

    private final CampaignSettings settings;
    private final EvergreenSettings evergreen;

    public EvergreenQueue(CampaignSettings settings, EvergreenSettings evergreen) {
        this.settings = settings;
        this.evergreen = evergreen;
    }

    /**
     * @param launch the launch tweets already scheduled
     * @param pool every post's teasers (the launch series), by post, blocked ones included (they are skipped)
     * @param published each post's publication instant
     */
    public List<ScheduledTweet> fill(List<ScheduledTweet> launch, Map<String, List<Teaser>> pool,
                                     Map<String, Instant> published) {
        List<String> posts = pool.keySet().stream()
                .filter(post -> pool.get(post).stream().anyMatch(teaser -> !teaser.blocked()))
                .sorted(Comparator.comparing((String post) -> published.get(post)).thenComparing(post -> post))
                .toList();
        List<ScheduledTweet> shares = new ArrayList<>();
        if (posts.isEmpty()) {
            return shares;
        }
        List<Instant> taken = new ArrayList<>(launch.stream().map(t -> t.scheduledAt().toInstant()).toList());
        Map<LocalDate, Integer> perDay = new HashMap<>();
        launch.forEach(t -> perDay.merge(t.scheduledAt().atZoneSameInstant(settings.zone()).toLocalDate(), 1,
                Integer::sum));
        LocalDate first = evergreen.now().atZone(settings.zone()).toLocalDate();
        LocalDate last = evergreen.now().plus(evergreen.horizon()).atZone(settings.zone()).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime slot = firstWindow(day);
            if (slot == null || !slot.toInstant().isAfter(evergreen.now())) {
                continue;
            }
            long k = ChronoUnit.DAYS.between(ANCHOR, day);
            long stride = stride(posts.size());
            if (k % stride != 0) {
                continue;
            }
            long turn = k / stride;
            String post = posts.get((int) (turn % posts.size()));
            if (published.get(post).plus(evergreen.gap()).isAfter(slot.toInstant())
                    || perDay.getOrDefault(day, 0) >= settings.maxPerDay() || crowded(slot.toInstant(), taken)) {
                continue;
            }
            List<Teaser> teasers = pool.get(post).stream().filter(teaser -> !teaser.blocked()).toList();
            Teaser teaser = teasers.get((int) ((turn / posts.size()) % teasers.size()));
            shares.add(share(teaser, slot));
            taken.add(slot.toInstant());
            perDay.merge(day, 1, Integer::sum);
        }
        return shares;
    }

    /** Every how many days a slot is used, so that N posts in turn come round no sooner than the gap. */
    private long stride(int postCount) {
        long gapDays = Math.max(1, evergreen.gap().toDays());
        return Math.max(1, (gapDays + postCount - 1) / postCount);
    }

    private boolean crowded(Instant slot, List<Instant> taken) {
        Duration gap = settings.minGap();
        return taken.stream().anyMatch(other -> Duration.between(other, slot).abs().compareTo(gap) < 0);
    }

    private ZonedDateTime firstWindow(LocalDate day) {
        return settings.windows().stream()
                .filter(window -> window.days().contains(day.getDayOfWeek()))
                .map(PostingWindow::start)
                .min(Comparator.naturalOrder())
                .map(start -> day.atTime(start).atZone(settings.zone()))
                .orElse(null);
    }

    private ScheduledTweet share(Teaser teaser, ZonedDateTime slot) {
        return new ScheduledTweet(TeaserIds.of(teaser.post(), "evergreen " + slot.toLocalDate() + " " + teaser.id()),
                teaser.post(), teaser.postTitle(), teaser.text(), teaser.url(), slot.toOffsetDateTime(),
                teaser.weightedLength(), teaser.limit(), TeaserSource.EVERGREEN, teaser.sourceSentence(),
                ScheduledTweet.Status.READY, teaser.findings(), teaser.sequence());
    }
}
