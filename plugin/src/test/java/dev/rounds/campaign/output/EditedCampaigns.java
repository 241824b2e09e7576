package dev.rounds.campaign.output;

import dev.rounds.campaign.GuardFinding;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.core.Sha256;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Campaigns for the properties of the campaign's files and preview: one, then the same after runs of edits. */
final class EditedCampaigns {

    static final OffsetDateTime START = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);

    private EditedCampaigns() {
    }

    /** The campaign, then the campaign after each save: the tweets at {@code edited} places edited by {@code kinds}. */
    static List<List<ScheduledTweet>> campaigns(List<ScheduledTweet> first, List<List<Integer>> saves,
                                                List<Integer> kinds) {
        List<List<ScheduledTweet>> campaigns = new ArrayList<>(List.of(first));
        List<ScheduledTweet> tweets = first;
        int kind = 0;
        for (List<Integer> edited : saves) {
            tweets = new ArrayList<>(tweets);
            for (int at : edited) {
                if (tweets.isEmpty()) {
                    break;
                }
                int index = at % tweets.size();
                int what = kinds.isEmpty() ? kind++ % 8 : kinds.get(kind++ % kinds.size());
                tweets.set(index, edit(tweets.get(index), what, kind));
            }
            tweets.removeIf(t -> t.id().startsWith("gone"));
            tweets.sort(Comparator.comparing((ScheduledTweet t) -> t.scheduledAt().toInstant())
                    .thenComparing(ScheduledTweet::id));
            campaigns.add(tweets);
        }
        return campaigns;
    }

    /**
     * Each post's plan digest as a plan's is made: from all its teasers say (in the order of their places), not from
     * their slots.
     */
    static Map<String, String> planDigests(List<ScheduledTweet> tweets) {
        Map<String, StringBuilder> plans = new TreeMap<>();
        tweets.stream().sorted(Comparator.comparing(ScheduledTweet::post)
                        .thenComparingInt(ScheduledTweet::sequence).thenComparing(ScheduledTweet::id))
                .forEach(t -> plans.computeIfAbsent(t.post(), p -> new StringBuilder()).append(new ScheduledTweet(
                        t.id(), t.post(), t.postTitle(), t.text(), t.url(), START, t.weightedLength(), t.limit(),
                        t.source(), t.sourceSentence(), t.status(), t.findings(), t.sequence())).append('\n'));
        Map<String, String> digests = new HashMap<>();
        plans.forEach((post, plan) -> digests.put(post, Sha256.hex(plan.toString())));
        return digests;
    }

    /** 0 a new text; 1 a new title; 2 a day later; 3 blocked; 4 dropped; 5 an equal copy; 6 a new id; 7 as it is. */
    static ScheduledTweet edit(ScheduledTweet t, int what, int round) {
        if (what == 7) {
            return t;
        }
        List<GuardFinding> findings = what == 3 ? List.of(new GuardFinding("name:1", "name", "titled-name", "Mr. X",
                "Replace the name.", false)) : t.findings();
        return new ScheduledTweet(what == 4 ? "gone" + t.id() : what == 6 ? t.id() + "-" + round : t.id(), t.post(),
                what == 1 ? t.postTitle() + " " + round : t.postTitle(), what == 0 ? t.text() + " " + round : t.text(),
                t.url(), what == 2 ? t.scheduledAt().plusDays(1) : t.scheduledAt(), t.weightedLength(), t.limit(),
                t.source(), t.sourceSentence(), what == 3 ? ScheduledTweet.Status.BLOCKED : t.status(), findings,
                t.sequence());
    }

    static List<ScheduledTweet> campaign(int count) {
        List<ScheduledTweet> tweets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int post = i / 5;
            String url = "https://notes.example.org/2026/03/post-" + post + "/";
            tweets.add(new ScheduledTweet("p" + post + "-" + (i % 5), "post-" + post + ".md", "Post " + post,
                    "Teaser " + i + " about hand hygiene. " + url, url, START.plusHours(12L * i), 60, 140,
                    TeaserSource.HEADING, "Teaser " + i + ".", ScheduledTweet.Status.READY, List.of(), i % 5));
        }
        return tweets;
    }
}
