package dev.rounds.campaign;

import dev.rounds.build.BuildFingerprint;
import dev.rounds.core.Digests;
import dev.rounds.core.Sha256;
import dev.rounds.site.Post;
import dev.rounds.site.TagRef;
import java.util.TreeMap;

/**
 * The key of a post's plan: a digest of every input the plan reads (the post's file, which holds its words, dates,
 * tags, front-matter teasers and acknowledgements; what the site's settings make of it; the campaign settings; the site
 * URL; the plugin's build) and nothing else. Maps are
 * sorted first, so the key is the same in every JVM.
 */
final class PlanKeys {

    private final String settingsPart;

    /** The digest of {@link #settingsPart}: the first piece of every key. */
    private final String settingsDigest;

    PlanKeys(CampaignSettings settings, String siteUrl, String mode) {
        this.settingsPart = String.join("\u0001", String.valueOf(settings.maxLength()),
                String.valueOf(settings.maxHashtags()), String.valueOf(settings.maxTeasersPerPost()),
                new TreeMap<>(settings.hashtags()).toString(), String.valueOf(settings.utm()), settings.utmSource(),
                settings.utmMedium(), settings.cadence().toString(), String.valueOf(settings.campaignSince()),
                siteUrl, mode, BuildFingerprint.codeOf(PlanKeys.class));
        this.settingsDigest = Sha256.hex(settingsPart);
    }

    /** The settings part of every key. */
    String settings() {
        return settingsPart;
    }

    String of(Post post) {
        // Each part its own piece of one digest (each piece is written with its length, so no two lists of parts
        // give the same bytes): no text of the whole key is made, and the date is its seconds and nanoseconds
        // rather than an ISO text, which Java 17 makes through a formatter at a kilobyte of garbage a post.
        // The digest stands for the post's file (words, front matter) and its clock flags; the rest is what the
        // build's settings add (language, title, path), so a post's plan is found without rendering its body.
        Digests key = new Digests().add(settingsDigest).add(String.valueOf(post.digest())).add(post.source())
                .add(String.valueOf(post.title())).add(String.valueOf(post.lang()));
        if (post.date() == null) {
            key.add("");
        } else {
            key.add(Long.toString(post.date().toEpochSecond())).add(Integer.toString(post.date().getNano()));
        }
        key.add(String.valueOf(post.route())).add(String.valueOf(post.slug())).add(post.draft() ? "true" : "false")
                .add(post.scheduled() ? "true" : "false").add(post.page() ? "true" : "false")
                .add(Integer.toString(post.tags().size()));
        // A tag by what the series reads of it (its name and slug, for hashtags).
        for (TagRef tag : post.tags()) {
            key.add(tag.name()).add(tag.slug());
        }
        return key.hex();
    }
}
